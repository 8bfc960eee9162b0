import type { Catalog } from '../../kit/i18n.js';

/** Every text `<palaute-emoji-survey>` shows besides the survey's own. */
export interface EmojiSurveyMessages {
  /** Words under the faces, most negative first. */
  faces3: string;
  faces5: string;
  skip: string;
  /** The button that reads the whole screen aloud. */
  listen: string;
  /** A face's own speaker button: "Listen: {word}". */
  listenTo: string;
  /** Read by screen readers beside the progress dots, and announced on each move. */
  progress: string;
  /** Above the warm-up question, which is not recorded. */
  warmUp: string;
  /** Shown while the survey waits a moment before the next question. */
  movingOn: string;
  back: string;
  next: string;
  send: string;
  choiceRequired: string;
  /** The help card's heading, its 112 line and its button. */
  helpTitle: string;
  helpEmergency: string;
  helpEmergencyCall: string;
  helpContinue: string;
  thanks: string;
  kioskNext: string;
  idleWarning: string;
  idleContinue: string;
  loading: string;
  loadFailed: string;
}

export const emojiSurveyMessages: Catalog<EmojiSurveyMessages> = {
  fi: {
    faces3: 'Huono|Siltä väliltä|Hyvä',
    faces5: 'Tosi huono|Huono|Siltä väliltä|Hyvä|Tosi hyvä',
    skip: 'En halua vastata',
    listen: 'Kuuntele',
    listenTo: 'Kuuntele: {word}',
    progress: 'Kysymys {current} / {total}',
    warmUp: 'Harjoitellaan ensin',
    movingOn: 'Seuraava kysymys tulee…',
    back: 'Takaisin',
    next: 'Seuraava',
    send: 'Lähetä',
    choiceRequired: 'Valitse yksi naama tai ”En halua vastata”.',
    helpTitle: 'Kiitos, että kerroit',
    helpEmergency: 'Jos olet vaarassa juuri nyt, soita hätänumeroon 112.',
    helpEmergencyCall: 'Soita 112',
    helpContinue: 'Jatka kyselyä',
    thanks: 'Kiitos!',
    kioskNext: 'Kohta seuraava voi vastata.',
    idleWarning: 'Oletko vielä siellä? Vastaukset pyyhitään {seconds} sekunnin päästä.',
    idleContinue: 'Olen tässä',
    loading: 'Kysely latautuu…',
    loadFailed: 'Kyselyä ei voitu näyttää. Pyydä aikuinen avuksi.',
  },

  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
