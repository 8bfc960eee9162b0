/**
 * `<palaute-you-said-we-did>` on its own, against a real collector on another origin: the notes
 * in the page's language, the Listen button reading them in that language, the empty and error
 * lines (the page goes on), text that looks like HTML shown as text, and a missing unit named.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/you-said-we-did/define.js';
import type { PalauteYouSaidWeDid } from '../../../src/elements/you-said-we-did/palaute-you-said-we-did.js';
import { captureConsoleErrors } from '../../support/console.js';
import { waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import {
  publishNote,
  shownText,
  startNotesCollector,
  stopNotesCollector,
  type NotesCollector,
} from '../../support/notes-collector.js';

const LOADING = /Loading|Haetaan|Hämtar/;

async function renderBoard(endpoint: string, unit: string, lang: string) {
  const el = await fixture<PalauteYouSaidWeDid>(
    html`<palaute-you-said-we-did endpoint=${endpoint} unit=${unit} lang=${lang}></palaute-you-said-we-did>`,
  );
  await waitFor(
    () => !LOADING.test(el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? ''),
    'the notes loaded',
  );
  return el;
}

describe('<palaute-you-said-we-did>', function () {
  this.timeout(30_000);
  let collector: NotesCollector;
  let spoken: Array<{ text: string; lang: string }>;
  let voices: Array<{ lang: string; name: string }>;

  before(async function () {
    this.timeout(60_000);
    collector = await startNotesCollector();
    await publishNote(collector, {
      unit: 'vaahtera',
      lang: 'sv',
      youSaid: 'Det finns för lite att göra på kvällen.',
      weDid: 'köpte nya spel.',
      date: '2026-11-02',
    });
    await publishNote(collector, {
      unit: 'vaahtera',
      lang: 'fi',
      youSaid: '<img src=x onerror="window.pwned=1">Liian vähän tekemistä',
      weDid: 'ostimme uusia pelejä.',
      date: '2026-11-03',
    });
  });
  after(() => stopNotesCollector(collector));

  beforeEach(() => {
    spoken = [];
    voices = [];
    // The browser's speech API, with the voices a test chooses (a headless browser has none).
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: SpeechSynthesisUtterance) =>
        spoken.push({ text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  });

  it('shows the Swedish note on a Swedish page, with its date, and reads it aloud in Swedish', async () => {
    voices = [{ lang: 'sv-SE', name: 'Alva' }];
    const el = await renderBoard(collector.endpoint, 'vaahtera', 'sv');
    expect(shownText(el)).to.contain('Du sa Det finns för lite att göra på kvällen.');
    expect(shownText(el)).to.contain('Så vi köpte nya spel.');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-02');
    expect(shownText(el)).not.to.contain('Liian vähän');

    const listen = el.shadowRoot!.querySelector<HTMLButtonElement>('button.listen')!;
    expect(listen.textContent!.trim()).to.equal('Lyssna');
    listen.focus();
    await press('Enter');
    expect(spoken).to.deep.equal([
      { text: 'Du sa: Det finns för lite att göra på kvällen.', lang: 'sv-SE' },
      { text: 'Så vi: köpte nya spel.', lang: 'sv-SE' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('offers no Listen button when no voice speaks the language', async () => {
    voices = [{ lang: 'en-GB', name: 'Daniel' }];
    const el = await renderBoard(collector.endpoint, 'vaahtera', 'sv');
    expect(shownText(el)).to.contain('köpte nya spel');
    expect(el.shadowRoot!.querySelector('button.listen')).to.equal(null);
  });

  it('shows text that looks like HTML as text', async () => {
    const el = await renderBoard(collector.endpoint, 'vaahtera', 'fi');
    expect(shownText(el)).to.contain('<img src=x onerror="window.pwned=1">Liian vähän tekemistä');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('says so when a unit has no notes', async () => {
    const el = await renderBoard(collector.endpoint, 'nobody-here', 'en');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'There is no news here yet.',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when the notes cannot be read, reports it, and the page goes on', async () => {
    let el!: PalauteYouSaidWeDid;
    const errors = await captureConsoleErrors(async () => {
      // The page's own server has no collector: its answer is a 404.
      el = await renderBoard('/no-collector/v1/answers', 'vaahtera', 'en');
    });
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'The news could not be loaded right now. Try again later.',
    );
    expect(errors.join('\n')).to.match(/<palaute-you-said-we-did> notes could not be read: .* answered 404/);
    await expect(el).to.be.accessible();
  });

  it('names a missing unit in the console', async () => {
    const errors = await captureConsoleErrors(async () => {
      await fixture(html`<palaute-you-said-we-did endpoint=${collector.endpoint}></palaute-you-said-we-did>`);
    });
    expect(errors.join('\n')).to.contain('<palaute-you-said-we-did> attribute "unit": is missing');
  });
});
