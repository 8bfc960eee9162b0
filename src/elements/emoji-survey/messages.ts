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
  sv: {
    faces3: 'Dåligt|Sådär|Bra',
    faces5: 'Jättedåligt|Dåligt|Sådär|Bra|Jättebra',
    skip: 'Jag vill inte svara',
    listen: 'Lyssna',
    listenTo: 'Lyssna: {word}',
    progress: 'Fråga {current} av {total}',
    warmUp: 'Vi övar först',
    movingOn: 'Nästa fråga kommer…',
    back: 'Tillbaka',
    next: 'Nästa',
    send: 'Skicka',
    choiceRequired: 'Välj ett ansikte eller ”Jag vill inte svara”.',
    helpTitle: 'Tack för att du berättade',
    helpEmergency: 'Om du är i fara just nu, ring nödnumret 112.',
    helpEmergencyCall: 'Ring 112',
    helpContinue: 'Fortsätt',
    thanks: 'Tack!',
    kioskNext: 'Snart kan nästa person svara.',
    idleWarning: 'Är du kvar? Svaren raderas om {seconds} sekunder.',
    idleContinue: 'Jag är här',
    loading: 'Enkäten laddas…',
    loadFailed: 'Enkäten kunde inte visas. Be en vuxen om hjälp.',
  },
  en: {
    faces3: 'Bad|In between|Good',
    faces5: 'Really bad|Bad|In between|Good|Really good',
    skip: "I don't want to answer",
    listen: 'Listen',
    listenTo: 'Listen: {word}',
    progress: 'Question {current} of {total}',
    warmUp: "Let's practise first",
    movingOn: 'The next question is coming…',
    back: 'Back',
    next: 'Next',
    send: 'Send',
    choiceRequired: 'Choose a face or “I don’t want to answer”.',
    helpTitle: 'Thank you for telling us',
    helpEmergency: 'If you are in danger right now, call the emergency number 112.',
    helpEmergencyCall: 'Call 112',
    helpContinue: 'Go on',
    thanks: 'Thank you!',
    kioskNext: 'The next person can answer in a moment.',
    idleWarning: 'Are you still there? The answers will be cleared in {seconds} seconds.',
    idleContinue: "I'm still here",
    loading: 'Loading the survey…',
    loadFailed: 'The survey cannot be shown. Ask a grown-up for help.',
  },
};
