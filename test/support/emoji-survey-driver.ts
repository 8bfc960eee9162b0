/** Rendering an emoji survey and reading its screen, shared by the emoji-survey test files. */
import { fixture, html } from '@open-wc/testing';
import type { PalauteEmojiSurvey } from '../../src/elements/emoji-survey/palaute-emoji-survey.js';
import '../../src/elements/emoji-survey/define.js';
import { waitFor } from './endpoint.js';
import { testOutbox } from './outbox.js';

export interface SurveyAttributes {
  lang?: string;
  kiosk?: boolean;
  idleAfter?: number;
  audioOrigins?: string;
  endpoint?: string;
}

export async function renderSurvey(
  survey: unknown,
  attrs: SurveyAttributes = {},
): Promise<PalauteEmojiSurvey> {
  return fixture<PalauteEmojiSurvey>(
    html`<palaute-emoji-survey
      .outbox=${testOutbox()}
      .survey=${survey}
      endpoint=${attrs.endpoint ?? '/x'}
      lang=${attrs.lang ?? 'en'}
      ?kiosk=${attrs.kiosk ?? false}
      idle-after=${attrs.idleAfter ?? 60}
      audio-origins=${attrs.audioOrigins ?? ''}
    ></palaute-emoji-survey>`,
  );
}

export const root = (el: Element) => el.shadowRoot!;
export const find = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<E>(selector);
export const question = (el: Element) => find(el, '.question')?.textContent ?? '';
export const faces = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.face-option')];
export const choices = (el: Element) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[name="answer"]'),
];
export const active = (el: Element) => root(el).activeElement;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function nextQuestion(el: Element, text: string): Promise<void> {
  await waitFor(() => question(el) === text, `the question "${text}"`);
}

/**
 * Every test in a file that imports this driver starts with no speech voice, so no read-aloud
 * buttons change the tab order (WebKitGTK ships English voices). Tests about voices install their own.
 */
beforeEach(() => {
  const silent = Object.assign(new EventTarget(), {
    getVoices: () => [],
    speak: () => undefined,
    cancel: () => undefined,
  });
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: silent });
});
afterEach(() => {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
});
