import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getConfig, type MessageOverrides } from '../delivery/configure.js';
import { reportError } from '../delivery/log.js';
import { createEnvelope } from '../delivery/create-envelope.js';
import type { Endpoint } from '../delivery/endpoint.js';
import type { PalauteErrorCode } from '../delivery/events.js';
import type { Outbox } from '../delivery/outbox.js';
import type { AnswerContext } from '../schema/common.js';
import type { Locale } from '../schema/constants.js';
import type { Envelope, EnvelopeData, EnvelopeKind } from '../schema/envelope.js';
import { checkEndpoint, checkIdentifier, checkRespondent, type Checked } from './common-attributes.js';
import { afterPageScripts, readDeclarativeConfig } from './declarative-config.js';
import type { DeliveryController, DeliveryStatus } from './delivery-controller.js';
import { loadStoringCode, storeEnvelopeWhenLoaded } from './storing-code.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from './heading.js';
import {
  emit,
  reportAttribute,
  reportProblem,
  type OwnArgument,
  type PalauteEmitter,
  type PalauteEvents,
} from './events.js';
import { jsonAttribute } from './json-attribute.js';
import { DEFAULT_RESET_AFTER_SECONDS, type KioskController } from './kiosk-controller.js';
import type { LocalizeController } from './localize-controller.js';

/** The code that stores an answer loads when someone starts answering, if idle has not brought it. */
const prepareToStore = () => void loadStoringCode().catch(() => undefined);

/**
 * What every Palaute answer widget is: the common attributes of DESIGN.md, storing an answer in
 * the outbox, rounds with kiosk mode, and one typed `emit()` for every event. Languages and
 * messages (LocalizeController) and kiosk mode (KioskController) are controllers, which each widget
 * adds with its own catalog and state, and which elements that store no answers add too.
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

  /** @internal What happened to the answers given here, from the first one stored; controllers read it. */
  delivery?: DeliveryController;
  private storing = false;
  /** The widget's texts, from its own catalog. */
  protected abstract readonly localize: LocalizeController<object>;
  /** One person's turn and kiosk mode: each widget has its own, with its own state to clear. */
  protected abstract readonly rounds: KioskController;

  /** `heading-level`, checked: 1–6, else the default. */
  protected get titleLevel(): number {
    return headingLevel(this.headingLevel);
  }

  /** What happened to the latest answer given here: for the status line. */
  protected get deliveryStatus(): DeliveryStatus {
    return this.delivery?.status ?? 'idle';
  }

  /** The language the widget speaks now. */
  get locale(): Locale {
    return this.localize.locale;
  }

  /** Starts over with nothing of the previous person chosen, typed or shown. Kiosk mode calls it after the thank-you or receipt, and after inactivity. */
  reset(): void {
    this.rounds.reset();
  }

  override connectedCallback(): void {
    readDeclarativeConfig();
    super.connectedCallback();
    for (const type of ['pointerdown', 'focusin'])
      this.addEventListener(type, prepareToStore, { once: true, capture: true });
    // Said at load, not first when someone answers: the page's author is looking then.
    if (this.endpoint == null) {
      afterPageScripts(() => {
        if (this.isConnected && this.endpoint == null) this.resolveEndpoint();
      });
    }
  }

  /** Fires one of Palaute's events from this widget: bubbling, composed, with a typed detail. */
  emit<K extends keyof PalauteEvents>(
    name: K,
    detail: PalauteEvents[K]['detail'],
    ...own: OwnArgument<K>
  ): boolean {
    return emit(this, name, detail, ...own);
  }

  /**
   * A console error naming the widget (and `field`, where there is one) and a `palaute-error`
   * event; `id` names the answer concerned, where there is one.
   */
  reportProblem(code: PalauteErrorCode, problem: string, field?: string, id?: string): void {
    reportProblem(this, code, problem, field, id);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Bad attributes are reported when set, not again with every answer.
    if (changed.has('respondent')) this.reported('respondent', checkRespondent(this.respondent));
    if (changed.has('endpoint') && this.endpoint != null) this.resolveEndpoint();
    for (const name of ['unit', 'service', 'context'] as const) {
      if (changed.has(name)) this.reported(name, checkIdentifier(this[name]));
    }
  }

  /**
   * Stores the answer durably, then fires `palaute-answer`. Resolves to the stored envelope, or to
   * undefined while an earlier store is still under way (a double click stores the answer once) or
   * when the widget was reset meanwhile (kiosk idle, `reset()`, a new survey): the answer is kept,
   * but its thank-you is not the next person's. `seal`, when given, turns the data into what is
   * stored, knowing the envelope's id (a sealed report is bound to it); it runs inside the guard.
   */
  protected async storeAnswer<K extends EnvelopeKind>(
    kind: K,
    data: EnvelopeData<K>,
    seal?: (id: string) => Promise<EnvelopeData<K>>,
  ): Promise<Envelope | undefined> {
    if (this.storing) return undefined;
    this.storing = true;
    const round = this.rounds.round;
    try {
      const envelope = createEnvelope(kind, data, this.locale, this.answerContext());
      if (seal) envelope.data = await seal(envelope.id);
      const { durable, problem } = await storeEnvelopeWhenLoaded(
        envelope,
        this.resolveEndpoint(),
        this.outbox,
        this,
      );
      // The outbox said it before this widget followed the answer: passed on once, in its words.
      if (problem) {
        reportError(`<${this.localName}> ${problem}`);
        this.emit('palaute-error', { code: 'storage-unavailable', id: envelope.id, message: problem });
      }
      // `detail` is the envelope exactly as POSTed: durability goes on the event, never into the answer.
      this.emit('palaute-answer', envelope, { durable });
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

  /** The endpoint answers go to, checked (and reported once when wrong). */
  protected resolveEndpoint(): Endpoint | null {
    return this.reported('endpoint', checkEndpoint(this.endpoint, getConfig().endpoint), 'invalid-endpoint');
  }

  private reported<T>(field: string, checked: Checked<T> & { value: T }, code?: PalauteErrorCode): T;
  private reported<T>(field: string, checked: Checked<T>, code?: PalauteErrorCode): T | undefined;
  private reported<T>(field: string, checked: Checked<T>, code: PalauteErrorCode = 'invalid-attribute') {
    if (checked.problem) reportAttribute(this, field, checked.problem, code);
    return checked.value;
  }
}
