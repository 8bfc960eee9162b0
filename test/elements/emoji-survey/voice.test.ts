import { expect, fixture, html } from '@open-wc/testing';
import type { PalauteEmojiSurvey } from '../../../src/elements/emoji-survey/palaute-emoji-survey.js';
import type { Survey } from '../../../src/elements/emoji-survey/survey-schema.js';
import { waitFor } from '../../support/endpoint.js';
import { clickCentre } from '../../support/input.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import { choices, find, renderSurvey, root, sleep } from '../../support/emoji-survey-driver.js';

interface Heard {
  via: 'clip' | 'voice';
  text?: string;
  src?: string;
  lang: string;
}

const SURVEY: Survey = {
  id: 'voice',
  title: { fi: 'Kysely', en: 'Survey' },
  scale: 3,
  questions: [
    { id: 'safe', text: { fi: 'Millainen olo sinulla on?', en: 'How do you feel?' } },
    // Only in Finnish: an English screen shows it in Finnish, and it must be heard in Finnish.
    { id: 'finnish-only', text: { fi: 'Millainen päivä oli?' } },
  ],
};

const WITH_CLIPS: Survey = {
  ...SURVEY,
  audio: {
    en: {
      'question.safe': 'clips/en/safe.wav',
      'face3.1': '/clips/en/bad.wav',
      'face3.2': 'https://cdn.example.org/in-between.wav',
    },
  },
};

describe('<palaute-emoji-survey> read-aloud', () => {
  let heard: Heard[];
  let voices: Array<{ lang: string; name: string }>;
  let clipsFail: boolean;
  const originalPlay = HTMLMediaElement.prototype.play;

  beforeEach(() => {
    heard = [];
    voices = [];
    clipsFail = false;
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: SpeechSynthesisUtterance) =>
        heard.push({ via: 'voice', text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    // The audio element's play(): record what it was given, then end (or fail) as a real one would.
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (clipsFail) return Promise.reject(new DOMException('blocked', 'NotAllowedError'));
      heard.push({ via: 'clip', src: this.src, lang: this.lang });
      setTimeout(() => this.dispatchEvent(new Event('ended')), 10);
      return Promise.resolve();
    };
  });

  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    HTMLMediaElement.prototype.play = originalPlay;
    disposeTestOutboxes();
  });

  it('plays recorded clips first, from the survey origin, with the text language on the audio element', async () => {
    const el = await renderSurvey(WITH_CLIPS);
    expect(find(el, '.listen'), 'clips alone are enough for the button').not.to.equal(null);
    await expect(el).to.be.accessible();
    await clickCentre(find(el, '.listen')!);
    await waitFor(() => heard.length >= 2, 'two clips');
    await sleep(100);
    // No voice: texts without a clip are passed over; the clip from an unlisted origin is not fetched.
    expect(heard).to.deep.equal([
      { via: 'clip', src: new URL('clips/en/safe.wav', document.baseURI).href, lang: 'en' },
      { via: 'clip', src: `${location.origin}/clips/en/bad.wav`, lang: 'en' },
    ]);
  });

  it('plays clips from origins the page lists in audio-origins', async () => {
    const el = await renderSurvey(WITH_CLIPS, { audioOrigins: 'https://cdn.example.org' });
    const speakers = [...root(el).querySelectorAll('.speaker')];
    expect(speakers.map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      'Listen: Bad',
      'Listen: In between',
    ]);
    await clickCentre(speakers[1]!);
    await waitFor(() => heard.length, 'the clip');
    expect(heard).to.deep.equal([{ via: 'clip', src: 'https://cdn.example.org/in-between.wav', lang: 'en' }]);
    expect(
      choices(el).some((c) => c.checked),
      'hearing a face never chooses it',
    ).to.equal(false);
  });

  it('falls back to a voice of the text language when a clip cannot be played', async () => {
    voices = [{ lang: 'en-GB', name: 'Daniel' }];
    clipsFail = true;
    const el = await renderSurvey(WITH_CLIPS);
    await clickCentre(find(el, '.listen')!);
    await waitFor(() => heard.length >= 7, 'every text of the screen');
    expect(heard.map((h) => h.text)).to.deep.equal([
      'Survey',
      'How do you feel?',
      'Bad',
      'In between',
      'Good',
      "I don't want to answer",
      'Next',
    ]);
    expect(new Set(heard.map((h) => `${h.via}:${h.lang}`))).to.deep.equal(new Set(['voice:en-GB']));
  });

  it('speaks each text in the language it is written in, and hides what cannot be heard', async () => {
    voices = [{ lang: 'fi-FI', name: 'Satu' }];
    const el = await renderSurvey(SURVEY);
    // An English screen with only a Finnish voice: no English text can be heard, so no buttons.
    expect(find(el, '.listen')).to.equal(null);
    expect(root(el).querySelectorAll('.speaker')).to.have.length(0);
    await clickCentre(root(el).querySelectorAll('.face-option')[1]!);
    await waitFor(() => find(el, '.question')?.textContent === 'Millainen päivä oli?', 'question 2');
    expect(find(el, '.question')!.getAttribute('lang')).to.equal('fi');
    await clickCentre(find(el, '.listen')!);
    expect(heard).to.deep.equal([{ via: 'voice', text: 'Millainen päivä oli?', lang: 'fi-FI' }]);
    await expect(el).to.be.accessible();
  });

  it('shows no read-aloud at all without clips or voices, and the survey still works', async () => {
    const el = await renderSurvey(SURVEY);
    expect(find(el, '.listen')).to.equal(null);
    expect(root(el).querySelectorAll('.speaker')).to.have.length(0);
    await clickCentre(root(el).querySelectorAll('.face-option')[0]!);
    await waitFor(() => find(el, '.question')?.textContent === 'Millainen päivä oli?', 'question 2');
  });

  it('reads the warm-up label and the choice error with the rest of the screen', async () => {
    voices = [{ lang: 'en-GB', name: 'Daniel' }];
    const el = await renderSurvey({ ...SURVEY, title: undefined, warmUp: { text: 'Ice cream?' } });
    await clickCentre(find(el, 'button[type="submit"]')!);
    await waitFor(() => find(el, '#choice-error'), 'the error');
    await clickCentre(find(el, '.listen')!);
    expect(heard.map((h) => h.text)).to.deep.equal([
      "Let's practise first",
      'Ice cream?',
      'Bad',
      'In between',
      'Good',
      "I don't want to answer",
      'Choose a face or “I don’t want to answer”.',
      'Next',
    ]);
  });

  it('reads the help card and the thank-you aloud', async () => {
    voices = [{ lang: 'en-US', name: 'Samantha' }];
    const el = await renderSurvey({
      id: 'help-voice',
      scale: 3,
      questions: [{ id: 'q', text: 'How is it?', help: { text: 'Talk to an adult you trust.' } }],
      closing: 'Bye!',
    });
    await clickCentre(root(el).querySelectorAll('.face-option')[0]!);
    await clickCentre(find(el, 'button[type="submit"]')!);
    await waitFor(() => find(el, '.help'), 'the help card');
    await clickCentre(find(el, '.help .listen')!);
    expect(heard.map((h) => h.text)).to.deep.equal([
      'Thank you for telling us',
      'Talk to an adult you trust.',
      'If you are in danger right now, call the emergency number 112.',
      'Go on',
    ]);
    heard.length = 0;
    await clickCentre(find(el, '.help button.primary')!);
    await waitFor(() => find(el, '.thanks'), 'the thank-you');
    await clickCentre(find(el, '.thanks .listen')!);
    expect(heard.map((h) => h.text)).to.deep.equal(['Thank you!', 'Bye!']);
  });
});

describe("the children's tablet demo survey", () => {
  const originalPlay = HTMLMediaElement.prototype.play;
  afterEach(() => {
    HTMLMediaElement.prototype.play = originalPlay;
    disposeTestOutboxes();
  });

  it("plays its espeak-ng clips from the survey's own origin, in Finnish", async () => {
    const played: Array<{ src: string; lang: string }> = [];
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push({ src: this.src, lang: this.lang });
      return Promise.resolve();
    };
    const el = await fixture<PalauteEmojiSurvey>(
      html`<palaute-emoji-survey
        lang="fi"
        src="/demo/surveys/safety-5-8-with-audio.json"
      ></palaute-emoji-survey>`,
    );
    await waitFor(() => find(el, '.speaker'), 'the speaker buttons');
    await clickCentre(root(el).querySelectorAll('.speaker')[0]!);
    expect(played).to.deep.equal([{ src: `${location.origin}/demo/audio/fi/face3.1.wav`, lang: 'fi' }]);
    const clip = await fetch(played[0]!.src);
    expect([clip.status, (await clip.arrayBuffer()).byteLength > 1000]).to.deep.equal([200, true]);
  });
});
