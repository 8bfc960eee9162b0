/**
 * The emoji survey as a unit's page shows it, sending to a test endpoint, with the three-question
 * survey the emoji-survey test files share. Reading the screen: emoji-survey-driver.ts.
 */
import { fixture, html } from '@open-wc/testing';
import type { PalauteEmojiSurvey } from '../../src/elements/emoji-survey/palaute-emoji-survey.js';
import type { Survey } from '../../src/elements/emoji-survey/survey-schema.js';
import { root } from './emoji-survey-driver.js';
import type { TestEndpoint } from './endpoint.js';
import { testOutbox } from './outbox.js';

/** Three questions: a 3-face one in fi, sv and en, a 5-face one, and one with a plain text. */
export const SURVEY: Survey = {
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

export async function renderSurveyAt(
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

export const faceWords = (el: Element) =>
  [...root(el).querySelectorAll('.face-word')].map((w) => w.textContent);
export const submit = (el: Element) => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
