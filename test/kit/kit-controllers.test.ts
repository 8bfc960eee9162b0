/**
 * The kit's controllers on an element that stores no answers, as `<palaute-results>` and the
 * coming report inbox are: languages and messages (LocalizeController) and kiosk mode
 * (KioskController) are one line each, with no PalauteElement.
 */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { configure, type MessageOverrides } from '../../src/delivery/configure.js';
import type { PalauteErrorDetail } from '../../src/delivery/events.js';
import type { Catalog } from '../../src/kit/i18n.js';
import { KioskController } from '../../src/kit/kiosk-controller.js';
import { LocalizeController } from '../../src/kit/localize-controller.js';
import { captureConsoleErrors } from '../support/console.js';
import { waitFor } from '../support/endpoint.js';

interface NotesMessages {
  greeting: string;
  idleWarning: string;
  idleContinue: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let swedishLoads = 0;

const notesMessages: Catalog<NotesMessages> = {
  fi: { greeting: 'Hei', idleWarning: 'Tyhjennetään {seconds} s päästä', idleContinue: 'Jatka' },
  // Slow on purpose: a first render that did not wait would show Finnish.
  sv: async () => {
    swedishLoads += 1;
    await sleep(150);
    return { default: { greeting: 'Hej', idleWarning: 'Töms om {seconds} s', idleContinue: 'Fortsätt' } };
  },
  en: async () => ({
    default: { greeting: 'Hi', idleWarning: 'Cleared in {seconds} s', idleContinue: 'Go on' },
  }),
};

class NotesTestHost extends LitElement {
  static override properties: PropertyDeclarations = {
    kiosk: { type: Boolean },
    resetAfter: { type: Number, attribute: 'reset-after' },
    idleAfter: { type: Number, attribute: 'idle-after' },
    messages: { attribute: false },
    note: { state: true },
  };

  kiosk = false;
  resetAfter = 8;
  idleAfter = 60;
  messages?: MessageOverrides;
  note = '';
  /** Every greeting rendered, in order: a flash of Finnish would be seen here. */
  readonly greetings: string[] = [];

  readonly localize = new LocalizeController(this, notesMessages);
  readonly kioskMode = new KioskController(this, {
    clear: () => (this.note = ''),
    step: () => 'note',
    focusTarget: () => null,
    inUse: () => this.note !== '',
    idleAfter: 60,
  });

  protected override render() {
    const m = this.localize.messages;
    this.greetings.push(m.greeting);
    return html`${this.kioskMode.notice(m)}
      <p>${m.greeting}</p>
      ${this.kioskMode.fresh(
        html`<textarea
          aria-label="Note"
          .value=${this.note}
          @input=${(e: InputEvent) => (this.note = (e.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      )}`;
  }
}
customElements.define('notes-test-host', NotesTestHost);

declare global {
  interface PalauteMessagesByTag {
    'notes-test-host': NotesMessages;
  }
}

const shown = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('kit controllers on an element that stores no answers', () => {
  afterEach(() => configure({ messages: undefined }));

  it('renders in the page language from the first render, loading the language once', async () => {
    const first = await fixture<HTMLDivElement>(
      testHtml`<div lang="sv"><notes-test-host></notes-test-host></div>`,
    );
    const el = first.querySelector<NotesTestHost>('notes-test-host')!;
    await el.updateComplete;
    expect(el.greetings, 'no Finnish first').to.deep.equal(['Hej']);
    const second = await fixture<HTMLDivElement>(
      testHtml`<div lang="sv"><notes-test-host></notes-test-host></div>`,
    );
    await second.querySelector<NotesTestHost>('notes-test-host')!.updateComplete;
    expect(swedishLoads).to.equal(1);

    first.setAttribute('lang', 'en');
    await waitFor(() => shown(el, 'p') === 'Hi', 'English after lang changes');
    expect(el.greetings).to.deep.equal(['Hej', 'Hi']);
  });

  it('applies configure() and then its own messages, and renders again when configure() changes', async () => {
    const el = await fixture<NotesTestHost>(testHtml`<notes-test-host lang="en"></notes-test-host>`);
    configure({ messages: { 'notes-test-host': { en: { greeting: 'From configure' } } } });
    await waitFor(() => shown(el, 'p') === 'From configure', 'the configured greeting');
    el.messages = { en: { greeting: 'From the element' } };
    await el.updateComplete;
    expect(shown(el, 'p')).to.equal('From the element');
  });

  it('clears what was typed after idle-after seconds in kiosk mode, after a notice', async () => {
    const el = await fixture<NotesTestHost>(
      testHtml`<notes-test-host lang="en" kiosk idle-after="4"></notes-test-host>`,
    );
    el.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'private words' });
    const notice = await waitFor(() => el.shadowRoot!.querySelector('.idle-notice'), 'the notice', 4000);
    expect(notice.textContent).to.contain('Cleared in 2 s');
    await waitFor(() => el.shadowRoot!.querySelector('textarea')?.value === '', 'the note cleared', 4000);
    expect(el.shadowRoot!.innerHTML).not.to.contain('private words');
    expect(el.kioskMode.round).to.equal(1);
  });

  it('caps the notice at 20 s (WCAG 2.2.1) and reports a bad idle-after on the element', async () => {
    const events: PalauteErrorDetail[] = [];
    const errors = await captureConsoleErrors(async () => {
      // Kiosk mode: the idle code is loaded only for a kiosk (issue 24).
      const el = await fixture<NotesTestHost>(
        testHtml`<notes-test-host kiosk idle-after="41"></notes-test-host>`,
      );
      const idle = await waitFor(() => el.kioskMode.idle, 'the idle code');
      expect(idle.warningSeconds).to.equal(20);
      el.addEventListener('palaute-error', (e) => events.push(e.detail));
      el.setAttribute('idle-after', 'later');
      await el.updateComplete;
      expect(idle.warningSeconds, 'half the default 60 s, capped').to.equal(20);
    });
    expect(events.map((e) => [e.code, e.field])).to.deep.equal([['invalid-attribute', 'idle-after']]);
    expect(errors).to.deep.equal([
      '[palaute] <notes-test-host> attribute "idle-after": "NaN" is not a number of seconds (1 or more); using 60',
    ]);
  });
});
