import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { envelopeSchema, type Envelope } from '../../../src/schema/index.js';
import '../../../src/elements/emoji-survey/define.js';
import type { PalauteEmojiSurvey } from '../../../src/elements/emoji-survey/palaute-emoji-survey.js';
import type { Survey } from '../../../src/elements/emoji-survey/survey-schema.js';
import {
  safetyAndBeingHeard5to8,
  safetyAndBeingHeard9to17,
} from '../../../src/elements/emoji-survey/surveys.js';
import { describeNode } from '../../support/describe-node.js';
// Its hooks start every test with no speech voice.
import '../../support/emoji-survey-driver.js';
import { a11ySnapshotOrSkip, emulateMediaOrSkip, endMediaEmulation } from '../../support/engine-features.js';
import { press, clickCentre } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

const SURVEY: Survey = {
  id: 'test-survey',
  title: { fi: 'Testikysely', en: 'Test survey' },
  scale: 3,
  questions: [
    {
      id: 'safe',
      text: { fi: 'Onko sinulla turvallinen olo?', sv: 'Känner du dig trygg?', en: 'Do you feel safe?' },
    },
    { id: 'heard', text: { fi: 'Kuunnellaanko sinua?', en: 'Are you listened to?' }, scale: 5 },
    { id: 'must', text: 'Must answer' },
  ],
  closing: { fi: 'Kiitos, että kerroit.', en: 'Thank you for telling us.' },
};

async function renderSurvey(
  endpoint: TestEndpoint | string,
  survey: unknown = SURVEY,
  attrs: { lang?: string; kiosk?: boolean; resetAfter?: number } = {},
) {
  const el = await fixture<PalauteEmojiSurvey>(
    html`<palaute-emoji-survey
      .outbox=${testOutbox()}
      .survey=${survey}
      endpoint=${typeof endpoint === 'string' ? endpoint : endpoint.url}
      lang=${attrs.lang ?? 'fi'}
      unit="espoo-leppavaara"
      service="foster-care"
      ?kiosk=${attrs.kiosk ?? false}
      reset-after=${attrs.resetAfter ?? 8}
    ></palaute-emoji-survey>`,
  );
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const choices = (el: Element) => [...root(el).querySelectorAll<HTMLInputElement>('input[name="answer"]')];
const faceWords = (el: Element) => [...root(el).querySelectorAll('.face-word')].map((w) => w.textContent);
const question = (el: Element) => root(el).querySelector('.question')?.textContent ?? '';
const active = (el: Element) => root(el).activeElement;
const submit = (el: Element) => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;

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

async function nextQuestion(el: PalauteEmojiSurvey, text: string) {
  await waitFor(() => question(el) === text, `the question "${text}"`);
}

describe('<palaute-emoji-survey>', () => {
  afterEach(disposeTestOutboxes);

  it('can be completed with the pointer, one tap per question and Send at the end', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurvey(endpoint);
    expect(question(el)).to.equal('Onko sinulla turvallinen olo?');
    expect(faceWords(el)).to.deep.equal(['Huono', 'Siltä väliltä', 'Hyvä']);
    expect(
      choices(el).some((c) => c.checked),
      'nothing preselected',
    ).to.equal(false);

    await clickCentre(root(el).querySelectorAll('.face-option')[2]!);
    await nextQuestion(el, 'Kuunnellaanko sinua?');
    expect(faceWords(el)).to.deep.equal(['Tosi huono', 'Huono', 'Siltä väliltä', 'Hyvä', 'Tosi hyvä']);
    await clickCentre(root(el).querySelectorAll('.face-option')[1]!);
    await nextQuestion(el, 'Must answer');
    expect(root(el).querySelector('.skip-option'), 'every question can be skipped').not.to.equal(null);
    expect(submit(el).textContent!.trim()).to.equal('Lähetä');
    await clickCentre(root(el).querySelectorAll('.face-option')[0]!);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(question(el), 'the last answer waits for Send').to.equal('Must answer');
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(submit(el));

    const envelope = (await answered).detail as Envelope;
    expect(envelope.data).to.deep.equal({
      surveyId: 'test-survey',
      answers: [
        { questionId: 'safe', value: 3 },
        { questionId: 'heard', value: 2 },
        { questionId: 'must', value: 1 },
      ],
    });
    const [request] = await endpoint.waitForRequests(1);
    const parsed = envelopeSchema.safeParse(request!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(root(el).querySelector('.thanks')!.textContent).to.contain('Kiitos, että kerroit.');
  });

  it('can be completed with the keyboard alone; focus goes to each new question', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurvey(endpoint, SURVEY, { lang: 'en' });
    expect(root(el).querySelector('.progress .sr-only')!.textContent).to.equal('Question 1 of 3');

    await press('Tab');
    expect(describeNode(active(el))).to.equal(describeNode(choices(el)[0]));
    await press('ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(choices(el)[3]!.value, 'the skip choice is in the same group').to.equal('skip');
    expect(choices(el)[3]!.checked).to.equal(true);
    await press('Enter');
    await nextQuestion(el, 'Are you listened to?');
    expect(describeNode(active(el))).to.equal(describeNode(root(el).querySelector('.question')));
    expect(root(el).querySelector('.progress .sr-only')!.textContent).to.equal('Question 2 of 3');

    await press('Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter');
    await nextQuestion(el, 'Must answer');
    // Back returns to the last answer as it was chosen.
    await press('Tab', 'Tab', 'Enter');
    await nextQuestion(el, 'Are you listened to?');
    expect(choices(el)[3]!.checked).to.equal(true);
    await press('Tab', 'Enter');
    await nextQuestion(el, 'Must answer');

    const answered = oneEvent(el, 'palaute-answer');
    await press('Tab', 'ArrowRight', 'ArrowRight', 'Enter');
    expect(((await answered).detail as Envelope).data).to.deep.equal({
      surveyId: 'test-survey',
      answers: [
        { questionId: 'safe', value: null },
        { questionId: 'heard', value: 4 },
        { questionId: 'must', value: 3 },
      ],
    });
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(describeNode(active(el))).to.equal(describeNode(root(el).querySelector('.thanks-title')));
  });

  it('asks for a choice before moving on, tied to the group', async () => {
    const el = await renderSurvey(await TestEndpoint.create(), SURVEY, { lang: 'en' });
    submit(el).focus();
    await press('Enter');
    await el.updateComplete;
    expect(root(el).querySelector('.error')!.textContent).to.equal(
      'Choose a face or “I don’t want to answer”.',
    );
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('choice-error');
    expect(describeNode(active(el))).to.equal(describeNode(choices(el)[0]));
    expect(question(el)).to.equal('Do you feel safe?');
    await expect(el).to.be.accessible();
  });

  it('starts over when skip-warm-up changes mid-survey, instead of jumping to another question', async () => {
    const el = await renderSurvey('/x', {
      id: 'warm',
      scale: 3,
      warmUp: { text: 'Ice cream?' },
      questions: [
        { id: 'a', text: 'First?' },
        { id: 'b', text: 'Second?' },
      ],
    });
    await nextQuestion(el, 'Ice cream?');
    await press('Tab', 'ArrowRight', 'Enter');
    await nextQuestion(el, 'First?');
    el.skipWarmUp = true;
    await el.updateComplete;
    expect(question(el)).to.equal('First?');
    expect((el as unknown as { walk: { step: number } }).walk.step, 'the first screen').to.equal(0);
    expect(choices(el).some((c) => c.checked)).to.equal(false);
  });

  it('sends envelopes with no identifier of the child or the device', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurvey(endpoint, { id: 'one', scale: 3, questions: [{ id: 'q', text: 'Q?' }] });
    await clickCentre(choices(el)[1]!.closest('label')!);
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(submit(el));
    const envelope = (await answered).detail as Envelope;
    expect(Object.keys(envelope).sort()).to.deep.equal([
      'context',
      'createdAt',
      'data',
      'id',
      'kind',
      'locale',
      'schemaVersion',
    ]);
    expect(envelope.context).to.deep.equal({
      unit: 'espoo-leppavaara',
      service: 'foster-care',
      context: null,
      respondent: 'child',
    });
    expect(envelope.data).to.deep.equal({ surveyId: 'one', answers: [{ questionId: 'q', value: 2 }] });
    // Once in the outbox, the answers are not kept in the widget, kiosk mode or not.
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    const { walk } = el as unknown as { walk: { answers: unknown[]; warmUpAnswer: unknown } };
    expect([walk.answers, walk.warmUpAnswer]).to.deep.equal([[], undefined]);
  });

  it('in kiosk mode starts over with no trace of the previous child in the DOM, the state or the accessibility tree', async function () {
    const endpoint = await TestEndpoint.create();
    const survey = {
      id: 'kiosk',
      scale: 3,
      questions: [
        { id: 'a', text: 'First?' },
        { id: 'b', text: 'Second?' },
      ],
    };
    const el = await renderSurvey(endpoint, survey, { kiosk: true, resetAfter: 1, lang: 'en' });
    await press('Tab', 'End', 'Enter');
    await nextQuestion(el, 'Second?');
    await press('Tab', 'ArrowRight', 'Enter');
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(root(el).textContent).to.contain('The next person can answer in a moment.');
    await expect(el).to.be.accessible();

    await nextQuestion(el, 'First?');
    expect(choices(el).some((c) => c.checked)).to.equal(false);
    expect(root(el).querySelectorAll('.progress li.done')).to.have.length(0);
    expect((el as unknown as { walk: { answers: unknown[] } }).walk.answers).to.deep.equal([]);
    expect(describeNode(active(el)), 'focus on the first question').to.equal(
      describeNode(root(el).querySelector('.question')),
    );
    expect((await endpoint.requests()).length).to.equal(1);
    // Last: engines that cannot read the accessibility tree skip only this check.
    const tree = JSON.stringify(await a11ySnapshotOrSkip(this));
    expect(tree).not.to.contain('"checked":true');
  });

  it('shows an invalid survey as an error naming each field, and says so in the console', async () => {
    const bad = {
      id: 'bad id!',
      scale: 4,
      questions: [
        { id: 'q', text: { de: 'Hallo' } },
        { id: 'q', text: '' },
      ],
    };
    const errors: string[] = [];
    const events: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    let el!: PalauteEmojiSurvey;
    try {
      document.addEventListener('palaute-error', (e) => events.push(e.detail.code), { once: true });
      el = await renderSurvey('/x', bad, { lang: 'en' });
    } finally {
      console.error = original;
    }
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The survey cannot be shown.');
    const problems = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems).to.include('id: has characters that are not allowed');
    expect(problems).to.include('scale: should be 3 or 5');
    expect(problems).to.include('questions[0].text: unknown field(s) de');
    expect(problems).to.include('questions[0].text: should name at least one of fi, sv, en');
    expect(problems).to.include('questions[1].text: should have at least 1 character(s)');
    expect(problems).to.include('questions: question ids must differ');
    expect(errors.join('\n')).to.contain('questions[0].text');
    expect(events).to.deep.equal(['invalid-survey']);
    await expect(el).to.be.accessible();
  });

  it('reads a survey from an inline JSON script, and reports one that is not JSON', async () => {
    const el = await fixture<PalauteEmojiSurvey>(
      html`<palaute-emoji-survey .outbox=${testOutbox()} lang="en">
        <script type="application/json">
          { "id": "inline", "scale": 5, "questions": [{ "id": "q", "text": "Inline?" }] }
        </script>
      </palaute-emoji-survey>`,
    );
    expect(question(el)).to.equal('Inline?');

    const original = console.error;
    console.error = () => undefined;
    try {
      const broken = await fixture<PalauteEmojiSurvey>(
        html`<palaute-emoji-survey .outbox=${testOutbox()} lang="en">
          <script type="application/json">
            { "id": "inline",
          </script>
        </palaute-emoji-survey>`,
      );
      expect(root(broken).querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');
    } finally {
      console.error = original;
    }
  });

  it('fetches a survey from src, and shows an understandable error when src fails', async () => {
    const el = await fixture<PalauteEmojiSurvey>(
      html`<palaute-emoji-survey
        .outbox=${testOutbox()}
        lang="en"
        src="/test/fixtures/survey.json"
      ></palaute-emoji-survey>`,
    );
    expect(root(el).querySelector('[role="status"]')?.textContent).to.equal('Loading the survey…');
    await waitFor(() => question(el) === 'A fetched question', 'the fetched survey');

    const missing = await TestEndpoint.create([], { status: 404 });
    const original = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      el.src = missing.url;
      await waitFor(() => root(el).querySelector('[role="alert"]'), 'the error');
    } finally {
      console.error = original;
    }
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('the server answered HTTP 404');
    expect(errors.join()).to.contain(`src "${missing.url}"`);
    await expect(el).to.be.accessible();
  });

  it('renders question text with HTML in it as text', async () => {
    const attack = '<img src=x onerror="window.__surveyPwned=1">';
    const el = await renderSurvey('/x', {
      id: 'x',
      title: attack,
      scale: 3,
      questions: [{ id: 'q', text: attack, picture: { src: '/test/fixtures/none.png', alt: attack } }],
    });
    expect(question(el)).to.equal(attack);
    expect(root(el).querySelector('.title')!.textContent).to.equal(attack);
    expect(root(el).querySelectorAll('img')).to.have.length(1);
    expect(root(el).querySelector('img')!.alt).to.equal(attack);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __surveyPwned?: number }).__surveyPwned).to.equal(undefined);
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`passes axe on every screen in ${lang}, with both ready surveys, the warm-up and the help card`, async () => {
      for (const survey of [safetyAndBeingHeard5to8, safetyAndBeingHeard9to17]) {
        const el = await renderSurvey(await TestEndpoint.create(), survey, { lang });
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
      const el = await renderSurvey('/x', SURVEY, { lang: 'sv' });
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
    const el = await renderSurvey('/x', SURVEY, { lang: 'en' });
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
