import type { Catalog } from '../../kit/i18n.js';

/** Every text `<palaute-emoji-survey>` shows besides the survey's own. */
export interface EmojiSurveyMessages {
  /** Words under the faces, most negative first. */
  faces3: string;
  faces5: string;
  skip: string;
  listen: string;
  /** Read by screen readers beside the progress dots. */
  progress: string;
  back: string;
  next: string;
  send: string;
  choiceRequired: string;
  thanks: string;
  kioskNext: string;
  loading: string;
  loadFailed: string;
}

export const emojiSurveyMessages: Catalog<EmojiSurveyMessages> = {
  fi: {
    faces3: 'Huono|Siltä väliltä|Hyvä',
    faces5: 'Tosi huono|Huono|Siltä väliltä|Hyvä|Tosi hyvä',
    skip: 'En halua vastata',
    listen: 'Kuuntele kysymys',
    progress: 'Kysymys {current} / {total}',
    back: 'Takaisin',
    next: 'Seuraava',
    send: 'Lähetä',
    choiceRequired: 'Valitse yksi naama tai ”En halua vastata”.',
    thanks: 'Kiitos!',
    kioskNext: 'Kohta seuraava voi vastata.',
    loading: 'Kysely latautuu…',
    loadFailed: 'Kyselyä ei voitu näyttää. Pyydä aikuinen avuksi.',
  },
  sv: {
    faces3: 'Dåligt|Sådär|Bra',
    faces5: 'Jättedåligt|Dåligt|Sådär|Bra|Jättebra',
    skip: 'Jag vill inte svara',
    listen: 'Lyssna på frågan',
    progress: 'Fråga {current} av {total}',
    back: 'Tillbaka',
    next: 'Nästa',
    send: 'Skicka',
    choiceRequired: 'Välj ett ansikte eller ”Jag vill inte svara”.',
    thanks: 'Tack!',
    kioskNext: 'Snart kan nästa person svara.',
    loading: 'Enkäten laddas…',
    loadFailed: 'Enkäten kunde inte visas. Be en vuxen om hjälp.',
  },
  en: {
    faces3: 'Bad|In between|Good',
    faces5: 'Really bad|Bad|In between|Good|Really good',
    skip: "I don't want to answer",
    listen: 'Listen to the question',
    progress: 'Question {current} of {total}',
    back: 'Back',
    next: 'Next',
    send: 'Send',
    choiceRequired: 'Choose a face or “I don’t want to answer”.',
    thanks: 'Thank you!',
    kioskNext: 'The next person can answer in a moment.',
    loading: 'Loading the survey…',
    loadFailed: 'The survey cannot be shown. Ask a grown-up for help.',
  },
};
