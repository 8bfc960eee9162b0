/**
 * Axe on every screen in each language, texts marked with the language they are in, forced colours,
 * and five faces that stay in order and large enough in a narrow column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  safetyAndBeingHeard5to8,
  safetyAndBeingHeard9to17,
} from '../../../src/elements/emoji-survey/surveys.js';
// Its hooks start every test with no speech voice.
import { choices, nextQuestion, question, root } from '../../support/emoji-survey-driver.js';
import { renderSurveyAt, submit, SURVEY } from '../../support/emoji-survey-fixture.js';
import { emulateMediaOrSkip, endMediaEmulation } from '../../support/engine-features.js';
import { clickCentre } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';

async function renderFiveFacesIn320px() {
  const column = await fixture<HTMLDivElement>(
    html`<div style="width: 320px">
      <palaute-emoji-survey
        .outbox=${testOutbox()}
        .survey=${safetyAndBeingHeard9to17}
      ></palaute-emoji-survey>
    </div>`,
  );
  return { column, el: column.querySelector('palaute-emoji-survey')! };
}

function expectOneFacePerRowInOrder(el: Element) {
  const tops = [...root(el).querySelectorAll('.face-option')].map((o) => o.getBoundingClientRect().top);
  expect(new Set(tops).size, 'one face per row').to.equal(5);
  expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
}

describe('<palaute-emoji-survey>: accessibility', () => {
  before(warmUpPage);
  afterEach(disposeTestOutboxes);

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`passes axe on every screen in ${lang}, with both ready surveys, the warm-up and the help card`, async function () {
      // Axe on every screen of two surveys: more than the default 15 s in WebKit on a busy machine.
      this.timeout(45_000);
      for (const survey of [safetyAndBeingHeard5to8, safetyAndBeingHeard9to17]) {
        const el = await renderSurveyAt(await TestEndpoint.create(), survey, { lang });
        const steps = survey.questions.length + (survey.warmUp ? 1 : 0);
        for (let i = 0; i < steps; i += 1) {
          await expect(el).to.be.accessible();
          const before = `${i}:${question(el)}`;
          // The first real question is answered with the most negative face: its help card shows.
          await clickCentre(root(el).querySelectorAll('.face-option')[i === steps - 1 ? 2 : 0]!);
          if (i === steps - 1) await clickCentre(submit(el));
          else {
            await waitFor(() => `${i}:${question(el)}` !== before, 'the next screen');
            if (root(el).querySelector('.help')) {
              await expect(el).to.be.accessible();
              await clickCentre(root(el).querySelector('.help button')!);
              await waitFor(() => root(el).querySelector('.question'), 'the question after help');
            }
          }
        }
        await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
        await expect(el).to.be.accessible();
      }
    });
  }

  it('marks a survey text that falls back to another language with that language, and reads it in its voice', async () => {
    const spoken: Array<{ text: string; lang: string }> = [];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => [
        { lang: 'sv-SE', name: 'Alva' },
        { lang: 'fi-FI', name: 'Satu' },
      ],
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    try {
      const el = await renderSurveyAt('/x', SURVEY, { lang: 'sv' });
      const langOf = (selector: string) =>
        root(el).querySelector(selector)?.closest('[lang]')?.getAttribute('lang');
      // The title has no Swedish: it is shown in Finnish, marked as Finnish.
      expect(langOf('.title')).to.equal('fi');
      expect(langOf('.question'), 'the Swedish question').to.equal('sv');
      await clickCentre(choices(el)[0]!.closest('label')!);
      await clickCentre(submit(el));
      await nextQuestion(el, 'Kuunnellaanko sinua?');
      expect(langOf('.question')).to.equal('fi');
      await clickCentre(root(el).querySelector('.listen')!);
      // "Listen" reads the whole screen; the question is read in Finnish, the language it is in.
      await waitFor(() => spoken.some((s) => s.text === 'Kuunnellaanko sinua?'), 'the question read');
      expect(spoken.find((s) => s.text === 'Kuunnellaanko sinua?')?.lang).to.equal('fi-FI');
    } finally {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });

  it('tells the current progress dot from the done ones by more than size in forced colours', async function () {
    const el = await renderSurveyAt('/x', SURVEY, { lang: 'en' });
    await clickCentre(choices(el)[0]!.closest('label')!);
    await clickCentre(submit(el));
    await nextQuestion(el, 'Are you listened to?');
    const forced = [{ name: 'forced-colors', value: 'active' }];
    await emulateMediaOrSkip(this, forced);
    try {
      const look = (selector: string) => {
        const style = getComputedStyle(root(el).querySelector(selector)!);
        return `${style.backgroundColor} ${style.borderTopStyle} ${style.borderTopColor}`;
      };
      expect(look('.progress li.current')).not.to.equal(look('.progress li.done'));
    } finally {
      await endMediaEmulation(forced);
    }
  });

  it('keeps five faces in scale order in a narrow column even when the page unsets every style', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { all: unset; } div { display: block; }';
    document.head.append(hostile);
    try {
      const { el } = await renderFiveFacesIn320px();
      expectOneFacePerRowInOrder(el);
    } finally {
      hostile.remove();
    }
  });

  it('fits a 320 px column with choices of at least 64×64 px', async () => {
    const { column, el } = await renderFiveFacesIn320px();
    expect(el.scrollWidth).to.be.at.most(320);
    const right = column.getBoundingClientRect().right;
    for (const option of root(el).querySelectorAll('.face-option, .skip-option')) {
      const box = option.getBoundingClientRect();
      expect(box.width, option.textContent!).to.be.at.least(64);
      expect(box.height, option.textContent!).to.be.at.least(64);
      expect(box.right).to.be.at.most(right);
    }
    // Five faces stack in one column, in scale order, rather than wrapping 3 + 2.
    expectOneFacePerRowInOrder(el);
  });
});
