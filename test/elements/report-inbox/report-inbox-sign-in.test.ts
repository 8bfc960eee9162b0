/**
 * `<palaute-report-inbox>` before anyone signs in, where no collector is needed: the sign-in form's
 * labels and roles in each language, the recovery code's way, the `api` attribute checked and
 * reported by name, and axe. Signing in against a real collector is in
 * test/report-inbox/palaute-report-inbox.node.test.mjs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PalauteErrorDetail } from '../../../src/delivery/events.js';
import '../../../src/elements/report-inbox/define.js';
import type { PalauteReportInbox } from '../../../src/elements/report-inbox/define.js';
import { captureConsoleErrors } from '../../support/console.js';
import { waitFor } from '../../support/endpoint.js';
import { clickCentre, press } from '../../support/input.js';

const shadow = (el: Element) => el.shadowRoot!;

/** Each text field by its label's text, with what a password manager and a screen reader read. */
function fields(el: Element) {
  return [...shadow(el).querySelectorAll('form.sign-in label[for]')].map((label) => {
    const input = shadow(el).getElementById(label.getAttribute('for')!) as HTMLInputElement;
    return { label: label.textContent!.trim(), type: input.type, autocomplete: input.autocomplete };
  });
}

async function inbox(lang: string, attributes = ''): Promise<PalauteReportInbox> {
  const host = await fixture(html`<div lang=${lang}></div>`);
  host.innerHTML = `<palaute-report-inbox ${attributes}></palaute-report-inbox>`;
  const el = host.firstElementChild as PalauteReportInbox;
  await waitFor(() => shadow(el)?.querySelector('form.sign-in'), 'the sign-in form');
  return el;
}

describe('<palaute-report-inbox> sign-in', () => {
  it('labels name, access token and passphrase in English; the secrets are password fields', async () => {
    const el = await inbox('en');
    expect(fields(el)).to.deep.equal([
      { label: 'Name', type: 'text', autocomplete: 'username' },
      { label: 'Access token', type: 'password', autocomplete: 'off' },
      { label: 'Passphrase', type: 'password', autocomplete: 'current-password' },
    ]);
    expect(shadow(el).querySelector('[role="heading"]')!.textContent).to.equal('Sign in');
    expect(shadow(el).querySelector('button.primary')!.textContent!.trim()).to.equal('Sign in');
    expect(shadow(el).querySelector('label.check')!.textContent!.trim()).to.equal('Use the recovery code');
  });

  it('speaks Finnish by default and Swedish where the page does', async () => {
    expect(fields(await inbox('fi')).map((f) => f.label)).to.deep.equal([
      'Nimi',
      'Käyttöavain',
      'Tunnuslause',
    ]);
    expect(fields(await inbox('sv')).map((f) => f.label)).to.deep.equal([
      'Namn',
      'Åtkomstnyckel',
      'Lösenfras',
    ]);
  });

  it('takes the recovery code in place of the name and passphrase, with the keyboard', async () => {
    const el = await inbox('en');
    const checkbox = shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    checkbox.focus();
    await press(' ');
    await waitFor(() => fields(el).length === 2, 'the name field to go');
    expect(fields(el)).to.deep.equal([
      { label: 'Access token', type: 'password', autocomplete: 'off' },
      { label: 'Recovery code', type: 'password', autocomplete: 'off' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('says what is missing in the alert region and sends nothing', async () => {
    const el = await inbox('en');
    await clickCentre(shadow(el).querySelector('button.primary')!);
    const alert = await waitFor(
      () => shadow(el).querySelector('[role="alert"]')?.textContent?.trim(),
      'the alert',
    );
    expect(alert).to.equal('Fill in every field.');
  });

  it('passes axe on the sign-in screen, light and dark', async () => {
    await expect(await inbox('fi')).to.be.accessible();
    await expect(await inbox('en', 'theme="dark"')).to.be.accessible();
  });

  it('reports an api attribute that is not a URL, naming it, and does not sign in with it', async () => {
    const events: PalauteErrorDetail[] = [];
    const listener = (e: CustomEvent<PalauteErrorDetail>) => events.push(e.detail);
    document.addEventListener('palaute-error', listener);
    try {
      const errors = await captureConsoleErrors(async () => {
        await inbox('en', 'api="javascript:alert(1)"');
      });
      expect(events.map(({ code, field }) => ({ code, field }))).to.deep.equal([
        { code: 'invalid-attribute', field: 'api' },
      ]);
      expect(events[0]!.message).to.equal(
        '<palaute-report-inbox> attribute "api": "javascript:alert(1)" uses javascript: (only http and https are allowed)',
      );
      expect(errors).to.deep.equal([`[palaute] ${events[0]!.message}`]);
    } finally {
      document.removeEventListener('palaute-error', listener);
    }
  });

  it('keeps the default api, this site’s /v1, quiet', async () => {
    const errors = await captureConsoleErrors(async () => {
      const el = await inbox('en');
      expect(el.api).to.equal('/v1');
    });
    expect(errors).to.deep.equal([]);
  });
});
