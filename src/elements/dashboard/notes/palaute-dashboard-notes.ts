import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { MessageOverrides } from '../../../delivery/configure.js';
import { reportProblem } from '../../../kit/events.js';
import { format } from '../../../kit/i18n.js';
import { jsonAttribute } from '../../../kit/json-attribute.js';
import { LocalizeController } from '../../../kit/localize-controller.js';
import { noteDate } from '../../../kit/notes/note-view.js';
import { sharedStyles } from '../../../kit/shared.styles.js';
import { textFieldStyles } from '../../../kit/text-field.styles.js';
import { LOCALES, type Locale } from '../../../schema/constants.js';
import { dashboardNotesMessages, type DashboardNotesMessages } from './messages.js';
import { NOTE_FIELDS, NOTE_TEXT_MAX_LENGTH, noteProblems, today, type NoteField } from './note-form.js';
import {
  listNotes,
  NotesApiProblem,
  publishNote,
  withdrawNote,
  type NewNote,
  type StaffNote,
} from './notes-api.js';
import { dashboardNotesStyles } from './palaute-dashboard-notes.styles.js';

/**
 * @tag palaute-dashboard-notes
 * @summary The dashboard's "you said, we did" view: publish a note per unit and language
 * ("You said … / So we …", a date) and withdraw published ones. Needs a `results` token.
 *
 * @event palaute-error - The notes could not be read or changed; `detail.code` is `notes-unavailable`.
 *
 * @csspart base - The frame.
 */
export class PalauteDashboardNotes extends LitElement {
  static override styles = [sharedStyles, textFieldStyles, dashboardNotesStyles];
  static override properties: PropertyDeclarations = {
    endpoint: {},
    token: { attribute: false },
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
    draft: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    busy: { state: true, attribute: false },
  };

  /** Base URL of palaute-collector, e.g. `https://palaute.example.fi/`. */
  endpoint = '/';

  /** A bearer token with the `results` role. A property only: never in the page's HTML. */
  token?: string;

  /** Per-language message overrides, as for the other elements. */
  messages?: MessageOverrides;

  private draft: NewNote = { unit: '', lang: 'fi', youSaid: '', weDid: '', date: today() };
  private problems: Partial<Record<NoteField, string>> = {};
  /** The collector's refusal of the last publish: its "field: reason" lines. */
  private refusal: readonly string[] = [];
  private notice = '';
  /** A publish under way: a second Enter meanwhile would publish the note twice. */
  private busy = false;
  /** Notes whose withdrawal is under way, for the same reason. */
  private readonly withdrawing = new Set<string>();
  private readonly localize = new LocalizeController(this, dashboardNotesMessages);

  private readonly list = new Task(this, {
    task: async ([endpoint, token]) => (token ? listNotes(endpoint, token) : []),
    args: () => [this.endpoint, this.token] as const,
    onError: (error) => reportProblem(this, 'notes-unavailable', `notes could not be read: ${String(error)}`),
  });

  /** Reads the notes again, e.g. when the dashboard shows this view. */
  refresh(): Promise<unknown> {
    return this.list.run();
  }

  private set(field: keyof NewNote, value: string) {
    this.draft = { ...this.draft, [field]: value };
  }

  /** Sets the live notice after clearing it, so the same words said twice are announced twice. */
  private async announce(text: string) {
    this.notice = '';
    await this.updateComplete;
    this.notice = text;
  }

  private async publish(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const m = this.localize.messages;
    this.notice = '';
    this.refusal = [];
    this.problems = noteProblems(this.draft, m);
    const first = NOTE_FIELDS.find((field) => this.problems[field]);
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    if (!this.token) return;
    this.busy = true;
    try {
      // A unit typed with a space around it would be a unit of its own on the public board.
      await publishNote(this.endpoint, this.token, { ...this.draft, unit: this.draft.unit.trim() });
      // The unit, language and date stay: the next note is often for the same unit.
      this.draft = { ...this.draft, youSaid: '', weDid: '' };
      this.notice = m.published;
      await this.refresh();
    } catch (error) {
      this.refusal =
        error instanceof NotesApiProblem && error.problems.length ? error.problems : [String(error)];
      reportProblem(this, 'notes-unavailable', `the note was not published: ${this.refusal.join('; ')}`);
    } finally {
      this.busy = false;
    }
  }

  private async withdraw(note: StaffNote) {
    if (!this.token || this.withdrawing.has(note.id)) return;
    this.withdrawing.add(note.id);
    const m = this.localize.messages;
    let done = false;
    try {
      await withdrawNote(this.endpoint, this.token, note.id);
      done = true;
    } catch (error) {
      reportProblem(this, 'notes-unavailable', `the note was not withdrawn: ${String(error)}`);
    } finally {
      this.withdrawing.delete(note.id);
    }
    await this.refresh().catch(() => undefined);
    await this.announce(done ? m.withdrawDone : m.withdrawFailed);
    await this.updateComplete;
    this.focusAfterWithdraw(note.id);
  }

  /**
   * The Withdraw button is gone once the note is withdrawn: focus goes to the note's status cell
   * (or stays on the button when it failed), else to the list's heading, never to the page's body.
   */
  private focusAfterWithdraw(id: string) {
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`);
    const target =
      row?.querySelector<HTMLElement>('button.withdraw') ??
      row?.querySelector<HTMLElement>('td.status') ??
      this.renderRoot.querySelector<HTMLElement>('#list-title');
    target?.focus();
  }

  protected override render() {
    const m = this.localize.messages;
    return html`<div part="base" class="base">
      <h2>${m.title}</h2>
      ${this.renderForm(m)}
      <h3 id="list-title" tabindex="-1">${m.listTitle}</h3>
      ${this.list.render({
        initial: () => html`<p role="status">${m.loading}</p>`,
        pending: () =>
          this.list.value ? this.renderList(m, this.list.value) : html`<p role="status">${m.loading}</p>`,
        complete: (notes) => this.renderList(m, notes),
        error: () => html`<p class="error" role="alert">${m.unavailable}</p>`,
      })}
    </div>`;
  }

  private renderField(m: DashboardNotesMessages, field: 'unit' | 'youSaid' | 'weDid' | 'date') {
    const problem = this.problems[field];
    const hint = field === 'youSaid' ? m.youSaidHint : field === 'weDid' ? m.weDidHint : '';
    const described = [hint ? `${field}-hint` : '', problem ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    const input = (event: Event) => this.set(field, (event.target as HTMLInputElement).value);
    const common = {
      invalid: problem ? 'true' : 'false',
      described: described || undefined,
    };
    const control =
      field === 'youSaid' || field === 'weDid'
        ? html`<textarea
            id=${field}
            maxlength=${NOTE_TEXT_MAX_LENGTH}
            aria-invalid=${common.invalid}
            aria-describedby=${common.described ?? nothing}
            .value=${this.draft[field]}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${field}
            type=${field === 'date' ? 'date' : 'text'}
            autocomplete="off"
            aria-invalid=${common.invalid}
            aria-describedby=${common.described ?? nothing}
            .value=${this.draft[field]}
            @input=${input}
          />`;
    return html`<div>
      <label for=${field}>${m[field]}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing} ${control}
      ${problem ? html`<p class="error" id="${field}-error">${problem}</p>` : nothing}
    </div>`;
  }

  private renderForm(m: DashboardNotesMessages) {
    const names = m.languageNames.split('|');
    return html`<form novalidate aria-labelledby="form-title" @submit=${this.publish}>
      <h3 id="form-title">${m.formTitle}</h3>
      ${this.renderField(m, 'unit')}
      <fieldset>
        <legend>${m.language}</legend>
        ${LOCALES.map(
          (lang: Locale, index) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="lang"
                value=${lang}
                .checked=${this.draft.lang === lang}
                @change=${() => this.set('lang', lang)}
              />
              ${names[index] ?? lang}</label
            >`,
        )}
      </fieldset>
      ${this.renderField(m, 'youSaid')} ${this.renderField(m, 'weDid')} ${this.renderField(m, 'date')}
      ${
        this.refusal.length
          ? html`<div class="error" role="alert">
              <p>${m.refused}</p>
              <ul>
                ${this.refusal.map((line) => html`<li>${line}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <div>
        <button
          type="submit"
          class="primary"
          part="button button-primary"
          aria-disabled=${this.busy ? 'true' : 'false'}
        >
          ${m.publish}
        </button>
      </div>
      <p role="status" class="notice">${this.notice}</p>
    </form>`;
  }

  private renderList(m: DashboardNotesMessages, notes: readonly StaffNote[]) {
    if (!notes.length) return html`<p>${m.empty}</p>`;
    const locale = this.localize.locale;
    return html`<table aria-labelledby="list-title">
      <thead>
        <tr>
          <th scope="col">${m.date}</th>
          <th scope="col">${m.unit}</th>
          <th scope="col">${m.language}</th>
          <th scope="col">${m.youSaid}</th>
          <th scope="col">${m.weDid}</th>
          <th scope="col">${m.status}</th>
        </tr>
      </thead>
      <tbody>
        ${notes.map(
          (note) =>
            html`<tr class=${note.withdrawnAt ? 'withdrawn' : 'shown'} data-id=${note.id}>
              <td><time datetime=${note.date}>${noteDate(note.date, locale)}</time></td>
              <td>${note.unit}</td>
              <td>${note.lang}</td>
              <td lang=${note.lang}>${note.youSaid}</td>
              <td lang=${note.lang}>${note.weDid}</td>
              <td class="status" tabindex="-1">
                ${
                  note.withdrawnAt
                    ? format(m.withdrawn, { date: new Date(note.withdrawnAt).toLocaleDateString(locale) })
                    : html`${m.shown}
                        <button
                          type="button"
                          class="withdraw"
                          aria-label=${format(m.withdrawNamed, { text: note.youSaid })}
                          @click=${() => this.withdraw(note)}
                        >
                          ${m.withdraw}
                        </button>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-dashboard-notes': PalauteDashboardNotes;
  }
}
