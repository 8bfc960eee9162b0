import { Task } from '@lit/task';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { getConfig, type MessageOverrides } from '../../delivery/configure.js';
import { reportAttribute, reportProblem } from '../../kit/events.js';
import { DEFAULT_HEADING_LEVEL, heading, headingLevel } from '../../kit/heading.js';
import { jsonAttribute } from '../../kit/json-attribute.js';
import { listenButton } from '../../kit/listen-button.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { noteStyles } from '../../kit/notes/note.styles.js';
import { noteSpeakables, noteView } from '../../kit/notes/note-view.js';
import { loadPublicNotes, NotesProblem, publicNotesUrl } from '../../kit/notes/public-notes.js';
import { ReadAloudController } from '../../kit/read-aloud-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { youSaidWeDidMessages } from './messages.js';
import { youSaidWeDidStyles } from './palaute-you-said-we-did.styles.js';

const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 20;

/**
 * @tag palaute-you-said-we-did
 * @summary "You said, we did" for children: a unit's latest notes from palaute-collector ("You
 * said … / So we …", with the date) in large type, in the page's language (fi, sv, en), with a
 * button that reads them aloud. Stores no answers.
 *
 * The notes are read from the collector's public read beside the answers endpoint
 * (`…/v1/answers` → `…/v1/public/notes`), from another origin if the collector allows it.
 * While loading, with no notes, or when they cannot be read, it says so in one line; the page goes on.
 *
 * @event palaute-error - The notes could not be read (`notes-unavailable`), or `endpoint`/`unit` is missing (`invalid-attribute`).
 *
 * @csspart base - The frame.
 * @csspart note - One note.
 * @csspart listen-button - The button that reads the notes aloud.
 * @csspart status - The loading, empty or error line.
 *
 * @cssproperty --palaute-note-font-size - Size of a note's text. Default 1.375rem.
 */
export class PalauteYouSaidWeDid extends LitElement {
  static override styles = [sharedStyles, noteStyles, youSaidWeDidStyles];
  static override properties: PropertyDeclarations = {
    endpoint: {},
    unit: {},
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
  };

  /** The answers endpoint of palaute-collector (as the other widgets'); falls back to `configure({ endpoint })`. */
  endpoint?: string;

  /** Identifier of the office whose notes are shown; falls back to `configure({ unit })`. */
  unit?: string;

  /** How many of the latest notes to show, 1–20. */
  limit = DEFAULT_LIMIT;

  /** Level of the heading (1–6), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** Per-language message overrides, `{ "en": { "title": "…" } }`; as an attribute, JSON. */
  messages?: MessageOverrides;

  private readonly localize = new LocalizeController(this, youSaidWeDidMessages);
  private readonly readAloud = new ReadAloudController(this);

  private readonly notes = new Task(this, {
    task: async ([endpoint, unit, lang, limit], { signal }) => {
      if (!endpoint || !unit) return [];
      return loadPublicNotes(publicNotesUrl(endpoint, unit, lang, limit), signal);
    },
    args: () =>
      [
        this.endpoint ?? getConfig().endpoint,
        this.unit ?? getConfig().unit,
        this.localize.locale,
        this.checkedLimit,
      ] as const,
    onError: (error) =>
      reportProblem(
        this,
        'notes-unavailable',
        error instanceof NotesProblem ? error.message : `notes could not be read: ${String(error)}`,
      ),
  });

  private get checkedLimit(): number {
    const limit = Number(this.limit);
    return Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Said once on connecting: without both there is nothing to read, and the page should know why.
    if (!(this.endpoint ?? getConfig().endpoint)) reportAttribute(this, 'endpoint', 'is missing');
    if (!(this.unit ?? getConfig().unit)) reportAttribute(this, 'unit', 'is missing');
    if (this.limit !== DEFAULT_LIMIT && this.checkedLimit !== Number(this.limit)) {
      reportAttribute(
        this,
        'limit',
        `should be a whole number from 1 to ${MAX_LIMIT}; showing ${DEFAULT_LIMIT}`,
      );
    }
  }

  protected override render() {
    const m = this.localize.messages;
    const status = (text: string) => html`<p class="status" part="status" role="status">${text}</p>`;
    return html`<div part="base" class="base">
      ${heading(headingLevel(this.headingLevel), 'title', m.title)}
      ${this.notes.render({
        initial: () => status(m.loading),
        pending: () => status(m.loading),
        error: () => status(m.unavailable),
        complete: (notes) => {
          if (!notes.length) return status(m.empty);
          const labels = { youSaid: m.youSaid, weDid: m.weDid };
          return html`${listenButton(
              m.listen,
              this.readAloud,
              notes.flatMap((note) => noteSpeakables(note, labels)),
            )}
            <ul class="notes">
              ${notes.map((note) => html`<li>${noteView(note, labels, this.localize.locale)}</li>`)}
            </ul>`;
        },
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-you-said-we-did': PalauteYouSaidWeDid;
  }
}
