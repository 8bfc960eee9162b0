import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getConfig, onConfigChange, type MessageOverrides } from '../configure.js';
import { getOutbox } from '../default-outbox.js';
import { checkHttpUrl } from '../endpoint.js';
import { IDENTIFIER_MAX_LENGTH, RESPONDENT_ROLES, type Locale, type RespondentRole } from '../constants.js';
import { createEnvelope } from '../envelope.js';
import type { PalauteErrorDetail } from '../events.js';
import { resolveMessages, type Catalog } from '../i18n.js';
import { reportError } from '../log.js';
import type { Outbox } from '../outbox.js';
import type { AnswerContext, Envelope, EnvelopeData, EnvelopeKind } from '../schemas.js';
import { jsonAttribute } from './attribute-converters.js';
import { DeliveryController } from './delivery-controller.js';
import { DEFAULT_RESET_AFTER_SECONDS } from './kiosk-controller.js';
import { LocaleController } from './locale-controller.js';

/**
 * What every Palaute widget shares: the common attributes of DESIGN.md, language, message
 * overrides, storing an answer in the outbox and the events about it.
 */
export abstract class PalauteElement extends LitElement {
  // Declared here rather than with decorators: the same behaviour without shipping decorator code.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    unit: {},
    service: {},
    context: {},
    respondent: {},
    kiosk: { type: Boolean, reflect: true },
    resetAfter: { type: Number, attribute: 'reset-after' },
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
    outbox: { attribute: false },
  };

  /** URL that answers are POSTed to. Falls back to `configure({ endpoint })`. */
  endpoint?: string;

  /** Identifier of the office (toimipiste). Falls back to `configure({ unit })`. */
  unit?: string;

  /** Identifier of the service (palvelu). Falls back to `configure({ service })`. */
  service?: string;

  /** Free identifier of the situation, e.g. `client-plan-meeting`. */
  context?: string;

  /** Role of the person answering: child, parent, relative, staff, municipal-worker, other. */
  respondent?: string;

  /** Shared-device mode: after an answer, thank the person, then start over with no trace of it. */
  kiosk = false;

  /** Kiosk mode: seconds the thank-you stays before the widget starts over. */
  resetAfter = DEFAULT_RESET_AFTER_SECONDS;

  /** Per-language message overrides, `{ "en": { "question": "…" } }`; as an attribute, JSON. */
  messages?: MessageOverrides;

  /** The outbox answers go to. Default: the page's shared outbox. */
  outbox?: Outbox;

  protected readonly localeController = new LocaleController(this);
  protected readonly delivery = new DeliveryController(this);
  private stopConfigListening: (() => void) | undefined;
  private storing = false;

  /** The language the widget speaks now. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopConfigListening = onConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConfigListening?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Bad attributes are reported when set, not again with every answer.
    if (changed.has('respondent')) this.respondentRole(true);
    if (changed.has('endpoint') && this.endpoint != null) this.resolveEndpoint();
    for (const name of ['unit', 'service', 'context'] as const) {
      if (changed.has(name)) this.identifier(name, true);
    }
    if (changed.has('resetAfter')) this.resetAfterSeconds(true);
  }

  /** Messages in the current language, with `configure()` and then `messages` overrides applied. */
  protected messagesFrom<M extends object>(catalog: Catalog<M>): M {
    const fromConfig = getConfig().messages?.[this.localName] as MessageOverrides<M> | undefined;
    return resolveMessages(catalog, this.locale, fromConfig, this.messages as MessageOverrides<M>);
  }

  protected resetAfterSeconds(report = false): number {
    const seconds = this.resetAfter;
    if (Number.isFinite(seconds) && seconds >= 1) return seconds;
    if (report)
      this.reportProblem(
        'invalid-attribute',
        'reset-after',
        `"${String(seconds)}" is not a number of seconds (1 or more); using ${DEFAULT_RESET_AFTER_SECONDS}`,
      );
    return DEFAULT_RESET_AFTER_SECONDS;
  }

  /**
   * Stores the answer durably, then fires `palaute-answer`. Resolves to the stored envelope, or to
   * undefined while an earlier store is still under way: a double click stores the answer once.
   */
  protected async storeAnswer<K extends EnvelopeKind>(
    kind: K,
    data: EnvelopeData<K>,
  ): Promise<Envelope | undefined> {
    if (this.storing) return undefined;
    this.storing = true;
    try {
      const envelope = createEnvelope(kind, data, this.locale, this.answerContext());
      const outbox = this.outbox ?? getOutbox();
      await outbox.enqueue(envelope, this.resolveEndpoint());
      this.delivery.follow(outbox, envelope.id);
      this.dispatchEvent(
        new CustomEvent('palaute-answer', { detail: envelope, bubbles: true, composed: true }),
      );
      return envelope;
    } finally {
      this.storing = false;
    }
  }

  private answerContext(): AnswerContext {
    return {
      unit: this.identifier('unit') ?? getConfig().unit ?? null,
      service: this.identifier('service') ?? getConfig().service ?? null,
      context: this.identifier('context') ?? null,
      respondent: this.respondentRole() ?? null,
    };
  }

  /** The element's endpoint, else the configured one; null (answer kept, reported) when neither is valid. */
  private resolveEndpoint(): string | null {
    const own = this.endpoint != null ? checkHttpUrl(this.endpoint) : undefined;
    if (own?.ok) return own.url;
    if (own)
      this.reportProblem(
        'invalid-endpoint',
        'endpoint',
        `${own.reason}; the answer is kept until a valid endpoint is configured`,
      );
    const fallback = checkHttpUrl(getConfig().endpoint);
    if (fallback.ok) return own ? null : fallback.url;
    if (!own)
      this.reportProblem(
        'invalid-endpoint',
        'endpoint',
        `no endpoint attribute and no configure({ endpoint }); the answer is kept until one is set`,
      );
    return null;
  }

  private identifier(name: 'unit' | 'service' | 'context', report = false): string | undefined {
    const value = this[name]?.trim();
    if (!value) return undefined;
    if (value.length <= IDENTIFIER_MAX_LENGTH) return value;
    if (report)
      this.reportProblem(
        'invalid-attribute',
        name,
        `is longer than ${IDENTIFIER_MAX_LENGTH} characters and is left out of answers`,
      );
    return undefined;
  }

  private respondentRole(report = false): RespondentRole | undefined {
    const value = this.respondent?.trim();
    if (!value) return undefined;
    if ((RESPONDENT_ROLES as readonly string[]).includes(value)) return value as RespondentRole;
    if (report)
      this.reportProblem(
        'invalid-attribute',
        'respondent',
        `"${value}" is not one of ${RESPONDENT_ROLES.join(', ')}; it is left out of answers`,
      );
    return undefined;
  }

  /** A console error naming the attribute, and a `palaute-error` event. */
  protected reportProblem(code: PalauteErrorDetail['code'], field: string, problem: string): void {
    const message = `<${this.localName}> attribute "${field}": ${problem}`;
    reportError(message);
    const detail: PalauteErrorDetail = { code, message, field };
    this.dispatchEvent(new CustomEvent('palaute-error', { detail, bubbles: true, composed: true }));
  }
}
