/** The sign-in screen: one field for the `results` token. */
import { html, nothing } from 'lit';
import type { DashboardMessages } from './messages.js';

export interface SignInState {
  busy: boolean;
  problem: string | undefined;
}

export function signInForm(m: DashboardMessages, state: SignInState, submit: (event: SubmitEvent) => void) {
  return html`<h1 class="title">${m.signInTitle}</h1>
    <form class="sign-in" @submit=${submit} novalidate aria-busy=${state.busy ? 'true' : 'false'}>
      <label for="token">${m.tokenLabel}</label>
      <input
        id="token"
        name="token"
        type="password"
        autocomplete="off"
        spellcheck="false"
        required
        aria-describedby="token-hint"
        aria-invalid=${state.problem ? 'true' : 'false'}
      />
      <p id="token-hint" class="hint">${m.tokenHint}</p>
      <button class="primary" part="button" aria-disabled=${state.busy ? 'true' : 'false'}>
        ${state.busy ? m.signingIn : m.signIn}
      </button>
      <p class="error" role="alert">${state.problem ?? nothing}</p>
    </form>`;
}
