/** The sign-in screen: name, access token and passphrase, or the recovery code in their place. */
import { html, nothing } from 'lit';
import { heading } from '../../kit/heading.js';
import type { ReportInboxMessages } from './messages.js';

export interface SignInState {
  level: number;
  recovery: boolean;
  busy: boolean;
  problem: string | undefined;
  notice: string | undefined;
}

export interface SignInActions {
  submit: (event: SubmitEvent) => void;
  toggleRecovery: (event: Event) => void;
}

export function signInForm(m: ReportInboxMessages, state: SignInState, on: SignInActions) {
  const { recovery, busy } = state;
  return html`${heading(state.level, 'screen-title', m.signInTitle)}
    <p class="notice" role="status">${busy ? m.unlocking : (state.notice ?? nothing)}</p>
    <form class="sign-in" @submit=${on.submit} novalidate aria-busy=${busy ? 'true' : 'false'}>
      ${
        recovery
          ? nothing
          : html`<label for="name">${m.nameLabel}</label>
              <input id="name" name="name" autocomplete="username" spellcheck="false" required />`
      }
      <label for="token">${m.tokenLabel}</label>
      <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required />
      <label for="secret">${recovery ? m.recoveryLabel : m.passphraseLabel}</label>
      <input
        id="secret"
        name="secret"
        type="password"
        autocomplete=${recovery ? 'off' : 'current-password'}
        spellcheck="false"
        required
      />
      <label class="check">
        <input type="checkbox" name="recovery" .checked=${recovery} @change=${on.toggleRecovery} />
        ${m.useRecovery}
      </label>
      <div class="actions">
        <button class="primary" part="button button-primary" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? m.unlocking : m.signIn}
        </button>
      </div>
      <p class="error" role="alert">${state.problem ?? nothing}</p>
    </form>`;
}
