import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getConfig, onConfigChange, type MessageOverrides } from '../delivery/configure.js';
import { createEnvelope } from '../delivery/create-envelope.js';
import type { Endpoint } from '../delivery/endpoint.js';
import type { PalauteErrorCode } from '../delivery/events.js';
import { reportError } from '../delivery/log.js';
import type { Outbox } from '../delivery/outbox.js';
import { getOutbox } from '../delivery/shared-outbox.js';
import type { AnswerContext } from '../schema/common.js';
import type { Locale } from '../schema/constants.js';
import type { Envelope, EnvelopeData, EnvelopeKind } from '../schema/envelope.js';
import {
  checkEndpoint,
  checkIdentifier,
  checkRespondent,
  checkSeconds,
  type Checked,
} from './common-attributes.js';
import { afterPageScripts, readDeclarativeConfig } from './declarative-config.js';
import { DeliveryController } from './delivery-controller.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from './heading.js';
import type { PalauteEmitter, PalauteEventDetails } from './events.js';
import { loadMessages, messagesAt, resolveMessages, type Catalog } from './i18n.js';
import { jsonAttribute } from './json-attribute.js';
import { LocaleController } from './locale-controller.js';
import type { RoundController } from './round-controller.js';

/** Kiosk mode: seconds the thank-you stays before the widget starts over, unless a widget says otherwise. */
export const DEFAULT_RESET_AFTER_SECONDS = 8;

/**
 * What every Palaute widget shares: the common attributes of DESIGN.md, its language and
 * messages, storing an answer in the outbox, and one typed `emit()` for every event.
 *
 * Colours below are given as light / dark defaults (the `theme` attribute picks; `inherit` uses the
 * page's text colour for text, borders and links and draws no surfaces).
 *
 * @cssproperty --palaute-color-accent - Chosen answers, links and the main button. Default #005ea5 / #8cc8ff.
 * @cssproperty --palaute-color-on-accent - Text on the accent colour. Default #fff / #0b1b2b.
 * @cssproperty --palaute-color-text - Text colour; set it with --palaute-color-surface. Default #1b1b1b / #f1f1f1.
 * @cssproperty --palaute-color-surface - Background of the frame, choices and fields. Default #fff / #1c1c1c (choices #262626).
 * @cssproperty --palaute-color-border - Borders of the frame, choices and fields. Default #6b6b6b / #a0a0a0.
 * @cssproperty --palaute-color-focus - Focus ring. Default #1a73e8 / #8ab4f8.
 * @cssproperty --palaute-color-error - Error text and borders. Default #b3261e / #ff9d94.
 * @cssproperty --palaute-radius - Corner radius. Default 0.5rem.
 * @cssproperty --palaute-spacing - Padding inside the frame. Default 1rem.
 * @cssproperty --palaute-border-width - Width of the frame's border. Default 1px.
 * @cssproperty --palaute-focus-width - Width of the focus ring. Default 3px.
 */
export abstract class PalauteElement extends LitElement implements PalauteEmitter {
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
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
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

  /**
   * Colours: `auto` follows the reader's light or dark preference, `light` and `dark` force one,
   * `inherit` takes the page's colours and draws no surfaces of its own.
   */
  theme: 'auto' | 'light' | 'dark' | 'inherit' = 'auto';

  /** Level of the widget's headings (1–6), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** The outbox answers go to. Default: the page's shared outbox. */
  outbox?: Outbox;

  protected readonly localeController = new LocaleController(this);
  /** @internal What happened to the answers given here; controllers read it. */
  readonly delivery = new DeliveryController(this);
  private stopConfigListening: (() => void) | undefined;
  private storing = false;
  /** One person's turn: each widget has its own, with its own state to clear. */
  protected abstract readonly rounds: RoundController;

  /** `heading-level`, checked: 1–6, else the default. */
  protected get titleLevel(): number {
    return headingLevel(this.headingLevel);
  }

  /** The language the widget speaks now. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  override connectedCallback(): void {
    readDeclarativeConfig();
    super.connectedCallback();
    this.stopConfigListening = onConfigChange(() => this.requestUpdate());
    // Said at load, not first when someone answers: the page's author is looking then.
    if (this.endpoint == null) {
      afterPageScripts(() => {
        if (this.isConnected && this.endpoint == null) this.resolveEndpoint();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConfigListening?.();
  }

  /** Fires one of Palaute's events from this widget: bubbling, composed, with a typed detail. */
  emit<K extends keyof PalauteEventDetails>(name: K, detail: PalauteEventDetails[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * A console error naming the widget (and `field`, where there is one) and a `palaute-error`
   * event; `id` names the answer concerned, where there is one.
   */
  reportProblem(code: PalauteErrorCode, problem: string, field?: string, id?: string): void {
    const message = `<${this.localName}> ${problem}`;
    reportError(message);
    this.emit('palaute-error', { code, message, ...(field ? { field } : {}), ...(id ? { id } : {}) });
  }

  /**
   * `palaute-answer`: `detail` is the envelope exactly as POSTed, so durability goes on the event
   * itself (`event.durable`), never into the answer.
   */
  private emitAnswer(envelope: Envelope, durable: boolean): void {
    const event = new CustomEvent('palaute-answer', { detail: envelope, bubbles: true, composed: true });
    this.dispatchEvent(Object.defineProperty(event, 'durable', { value: durable, enumerable: true }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Bad attributes are reported when set, not again with every answer.
    if (changed.has('respondent')) this.reported('respondent', checkRespondent(this.respondent));
    if (changed.has('endpoint') && this.endpoint != null) this.resolveEndpoint();
    for (const name of ['unit', 'service', 'context'] as const) {
      if (changed.has(name)) this.reported(name, checkIdentifier(this[name]));
    }
    if (changed.has('resetAfter')) this.resetAfterSeconds(true);
  }

  /** The widget's messages; a language other than Finnish is loaded before the widget renders in it. */
  protected static messageCatalog: Catalog<unknown> | undefined;

  protected override async scheduleUpdate(): Promise<void> {
    const catalog = (this.constructor as typeof PalauteElement).messageCatalog;
    if (catalog && !messagesAt(catalog, this.locale)) {
      // The first render waits for the page's language: no flash of Finnish on a Swedish page.
      await loadMessages(catalog, this.locale).catch((error: unknown) =>
        reportError(
          `<${this.localName}> the ${this.locale} messages could not be loaded; showing Finnish.`,
          error,
        ),
      );
    }
    super.scheduleUpdate();
  }

  /** Messages in the current language, with `configure()` and then `messages` overrides applied. */
  protected messagesFrom<M extends object>(catalog: Catalog<M>): M {
    const byTag = getConfig().messages as Record<string, MessageOverrides<M> | undefined> | undefined;
    return resolveMessages(
      catalog,
      this.locale,
      byTag?.[this.localName],
      this.messages as MessageOverrides<M>,
    );
  }

  /** Seconds of the kiosk reset; a bad value is reported when `report` and replaced by the default. */
  resetAfterSeconds(report = false): number {
    const fallback = (this.constructor as typeof PalauteElement).defaultResetAfter;
    const checked = checkSeconds(this.resetAfter, fallback);
    return report ? this.reported('reset-after', checked) : checked.value;
  }

  /** The `reset-after` default of this widget. */
  static defaultResetAfter = DEFAULT_RESET_AFTER_SECONDS;

  /**
   * Stores the answer durably, then fires `palaute-answer`. Resolves to the stored envelope, or to
   * undefined while an earlier store is still under way (a double click stores the answer once) or
   * when the widget was reset meanwhile (kiosk idle, `reset()`, a new survey): the answer is kept,
   * but its thank-you is not the next person's.
   */
  protected async storeAnswer<K extends EnvelopeKind>(
    kind: K,
    data: EnvelopeData<K>,
  ): Promise<Envelope | undefined> {
    if (this.storing) return undefined;
    this.storing = true;
    const round = this.rounds.round;
    try {
      const envelope = createEnvelope(kind, data, this.locale, this.answerContext());
      const outbox = this.outbox ?? getOutbox();
      const { durable, problem } = await outbox.enqueue(envelope, this.resolveEndpoint());
      this.delivery.follow(outbox, envelope.id);
      // The outbox said it before this widget followed the answer: passed on once, in its words.
      if (problem) {
        reportError(`<${this.localName}> ${problem}`);
        this.emit('palaute-error', { code: 'storage-unavailable', id: envelope.id, message: problem });
      }
      this.emitAnswer(envelope, durable);
      return round === this.rounds.round ? envelope : undefined;
    } finally {
      this.storing = false;
    }
  }

  /** The unit the answers carry: the attribute's, else the configured one. */
  protected get effectiveUnit(): string | null {
    return checkIdentifier(this.unit).value ?? getConfig().unit ?? null;
  }

  private answerContext(): AnswerContext {
    return {
      unit: this.effectiveUnit,
      service: checkIdentifier(this.service).value ?? getConfig().service ?? null,
      context: checkIdentifier(this.context).value ?? null,
      respondent: checkRespondent(this.respondent).value ?? null,
    };
  }

  private resolveEndpoint(): Endpoint | null {
    return this.reported('endpoint', checkEndpoint(this.endpoint, getConfig().endpoint), 'invalid-endpoint');
  }

  private reported<T>(field: string, checked: Checked<T> & { value: T }, code?: PalauteErrorCode): T;
  private reported<T>(field: string, checked: Checked<T>, code?: PalauteErrorCode): T | undefined;
  private reported<T>(field: string, checked: Checked<T>, code: PalauteErrorCode = 'invalid-attribute') {
    if (checked.problem) this.reportProblem(code, `attribute "${field}": ${checked.problem}`, field);
    return checked.value;
  }
}
