/**
 * Handlers and the reports key: the handlers listed with a remove button (not the recovery code's,
 * not one's own), a new handler typed in at this desk, and rotation. Removing and rotating ask first.
 */
import { html, nothing } from 'lit';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import type { HandlerSummary } from './inbox-api.js';
import { MIN_PASSPHRASE_LENGTH, RECOVERY_HANDLER } from './keyring.js';
import type { ReportInboxMessages } from './messages.js';

export type Confirming = { kind: 'remove'; name: string } | { kind: 'rotate' } | undefined;

export interface HandlersState {
  level: number;
  self: string;
  handlers: HandlerSummary[] | undefined;
  confirming: Confirming;
  busy: boolean;
  problem: string | undefined;
  notice: string | undefined;
  /** The add form's problem, shown under it. */
  addProblem: string | undefined;
  /** After a rotation: the line for the pages' configuration. */
  newKey: string | undefined;
}

export interface HandlersActions {
  remove: (name: string) => void;
  rotate: () => void;
  confirm: () => void;
  cancel: () => void;
  add: (event: SubmitEvent) => void;
}

function confirmation(m: ReportInboxMessages, text: string, on: HandlersActions) {
  return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
    <p id="confirm-text">${text}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${on.confirm}>${m.confirm}</button>
      <button type="button" @click=${on.cancel}>${m.cancel}</button>
    </div>
  </div>`;
}

function handlerItem(
  m: ReportInboxMessages,
  state: HandlersState,
  handler: HandlerSummary,
  on: HandlersActions,
) {
  const { name } = handler;
  const own = name === state.self;
  const recovery = name === RECOVERY_HANDLER;
  const confirming = state.confirming?.kind === 'remove' && state.confirming.name === name;
  return html`<li>
    <span class="handler-name">${name}</span>
    ${recovery ? html` <span class="muted">(${m.recoveryHandler})</span>` : nothing}
    ${own ? html` <span class="muted">(${m.you})</span>` : nothing}
    ${
      recovery || own
        ? nothing
        : confirming
          ? confirmation(m, format(m.confirmRemove, { name }), on)
          : html`<button type="button" data-name=${name} @click=${() => on.remove(name)}>
              ${format(m.removeHandler, { name })}
            </button>`
    }
  </li>`;
}

export function handlersView(m: ReportInboxMessages, state: HandlersState, on: HandlersActions) {
  const minimum = { min: MIN_PASSPHRASE_LENGTH };
  return html`${heading(state.level, 'screen-title', m.handlersTitle)}
    <p class="notice" role="status">${state.notice ?? (state.handlers ? nothing : m.loading)}</p>
    <p class="error" role="alert">${state.problem ?? nothing}</p>
    <ul class="handlers">
      ${(state.handlers ?? []).map((handler) => handlerItem(m, state, handler, on))}
    </ul>
    <form class="add-handler" @submit=${on.add} novalidate>
      <fieldset>
        <legend class="subheading">${m.addTitle}</legend>
        <p>${m.addIntro}</p>
        <label for="new-name">${m.newName}</label>
        <input id="new-name" name="name" autocomplete="off" spellcheck="false" required />
        <label for="new-passphrase">${format(m.newPassphrase, minimum)}</label>
        <input
          id="new-passphrase"
          name="passphrase"
          type="password"
          autocomplete="new-password"
          minlength=${MIN_PASSPHRASE_LENGTH}
          required
        />
        <label for="new-passphrase-again">${m.newPassphraseAgain}</label>
        <input id="new-passphrase-again" name="again" type="password" autocomplete="new-password" required />
      </fieldset>
      <div class="actions">
        <button class="primary" aria-disabled=${state.busy ? 'true' : 'false'}>
          ${state.busy ? m.adding : m.add}
        </button>
      </div>
      <p class="error" role="alert">${state.addProblem ?? nothing}</p>
    </form>
    ${heading(state.level + 1, 'subheading', m.keyTitle)}
    <p>${m.keyIntro}</p>
    ${
      state.confirming?.kind === 'rotate'
        ? confirmation(m, m.confirmRotate, on)
        : html`<div class="actions">
            <button type="button" class="rotate" @click=${on.rotate}>${m.rotate}</button>
          </div>`
    }
    ${
      state.newKey
        ? html`<p>${m.rotated}</p>
            <label for="new-key">${m.newKeyLabel}</label>
            <textarea id="new-key" readonly rows="4" .value=${state.newKey}></textarea>`
        : nothing
    }`;
}
