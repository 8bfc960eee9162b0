import type { Catalog } from '../../kit/i18n.js';

/**
 * Every text `<palaute-meeting-survey>` shows. The four items are our own wording (the field's
 * licensed session scales are not copied), asked of adults on 0–10 and of a child on faces: the
 * same four things, so the roles' answers compare.
 */
export interface MeetingSurveyMessages {
  roleQuestion: string;
  roleChild: string;
  roleParent: string;
  roleRelative: string;
  roleMunicipalWorker: string;
  roleStaff: string;
  roleOther: string;
  roleRequired: string;
  /** Adults' items, answered 0–10. */
  heard: string;
  mattered: string;
  together: string;
  overall: string;
  lowLabel: string;
  highLabel: string;
  /** A child's or young person's items, answered on faces. */
  heardChild: string;
  matteredChild: string;
  togetherChild: string;
  overallChild: string;
  /** Words under the five faces, most negative first, separated by |. */
  faces: string;
  skip: string;
  scoreRequired: string;
  /** `Question {current} / {total}`. */
  progress: string;
  listen: string;
  /** A face's own speaker button: "Listen: {word}". */
  listenTo: string;
  commentLabel: string;
  commentHint: string;
  commentCounter: string;
  next: string;
  back: string;
  send: string;
  handover: string;
  nextPerson: string;
  everyoneAnswered: string;
  done: string;
  newMeeting: string;
  /** `show-summary`: the button on the meeting's end, the averages' title, and why they cannot show. */
  showSummary: string;
  /** `{count}` people answered. */
  summaryTitle: string;
  /** `{min}` people needed, `{count}` answered. */
  summaryTooFew: string;
  summaryItemTooFew: string;
  /** `{mean}` out of ten. */
  summaryOutOf: string;
  /** The items' short names in the averages. */
  summaryHeard: string;
  summaryMattered: string;
  summaryTogether: string;
  summaryOverall: string;
  /** `link-page`: the button, the help under the QR code (`{hours}`), the code's name, closing it. */
  ownPhone: string;
  qrHelp: string;
  qrLabel: string;
  close: string;
  /** `from-link`: a link older than `{hours}` hours, and the thank-you of one person on their phone. */
  linkClosedTitle: string;
  linkClosedText: string;
  thanksOwn: string;
  statusStored: string;
  statusRetrying: string;
  statusDelivered: string;
  statusFailed: string;
  /** A site's own survey (`survey`, `src` or inline JSON): while it loads, and when it cannot be shown. */
  surveyLoading: string;
  surveyProblem: string;
  idleWarning: string;
  idleContinue: string;
}

export const meetingSurveyMessages: Catalog<MeetingSurveyMessages> = {
  fi: {
    roleQuestion: 'Kuka vastaa nyt?',
    roleChild: 'Lapsi tai nuori',
    roleParent: 'Vanhempi',
    roleRelative: 'Muu läheinen',
    roleMunicipalWorker: 'Kunnan työntekijä',
    roleStaff: 'Järjestön työntekijä',
    roleOther: 'Joku muu',
    roleRequired: 'Valitse, kuka vastaa.',
    heard: 'Kuinka hyvin sinua kuunneltiin tapaamisessa?',
    mattered: 'Kuinka hyvin puhuimme asioista, jotka ovat tärkeitä sinulle tai lapselle?',
    together: 'Kuinka hyvin teimme työtä yhdessä?',
    overall: 'Kuinka hyvin tapaaminen sujui kokonaisuutena?',
    lowLabel: '0 = huonosti',
    highLabel: '10 = erittäin hyvin',
    heardChild: 'Miten hyvin aikuiset kuuntelivat sinua?',
    matteredChild: 'Miten hyvin puhuttiin asioista, jotka ovat sinulle tärkeitä?',
    togetherChild: 'Miten hyvin teimme asioita yhdessä?',
    overallChild: 'Miten tapaaminen meni?',
    faces: 'Tosi huonosti|Huonosti|Siltä väliltä|Hyvin|Tosi hyvin',
    skip: 'En halua vastata',
    scoreRequired: 'Valitse yksi vaihtoehto tai ”En halua vastata”.',
    progress: 'Kysymys {current} / {total}',
    listen: 'Kuuntele',
    listenTo: 'Kuuntele: {word}',
    commentLabel: 'Mitä meidän pitäisi tehdä ensi kerralla toisin? (vapaaehtoinen)',
    commentHint: 'Älä kirjoita nimiä tai muita tietoja, joiden perusteella joku voidaan tunnistaa.',
    commentCounter: '{count} / {max} merkkiä',
    next: 'Seuraava',
    back: 'Takaisin',
    send: 'Lähetä',
    handover: 'Kiitos! Anna laite seuraavalle vastaajalle.',
    nextPerson: 'Seuraava vastaaja',
    everyoneAnswered: 'Kaikki ovat vastanneet',
    done: 'Kiitos kaikille vastauksista!',
    newMeeting: 'Uusi tapaaminen',
    showSummary: 'Näytä tapaamisen keskiarvot',
    summaryTitle: 'Tapaamisen keskiarvot ({count} vastaajaa)',
    summaryTooFew:
      'Keskiarvot voidaan näyttää, kun vähintään {min} on vastannut, jotta kenenkään omaa vastausta ei näy. Nyt vastanneita on {count}.',
    summaryItemTooFew: 'liian vähän vastauksia',
    summaryOutOf: '{mean} / 10',
    summaryHeard: 'Tulin kuulluksi',
    summaryMattered: 'Puhuimme tärkeistä asioista',
    summaryTogether: 'Teimme työtä yhdessä',
    summaryOverall: 'Tapaaminen kokonaisuutena',
    ownPhone: 'Vastaa omalla puhelimella',
    qrHelp: 'Lue koodi puhelimen kameralla. Linkki toimii {hours} tuntia.',
    qrLabel: 'QR-koodi tämän tapaamisen kyselyn linkkiin',
    close: 'Sulje',
    linkClosedTitle: 'Tämän tapaamisen kysely on sulkeutunut',
    linkClosedText: 'Linkki toimi {hours} tuntia tapaamisen jälkeen. Kiitos mielenkiinnostasi!',
    thanksOwn: 'Kiitos vastauksestasi!',
    statusStored: 'Vastauksesi on tallennettu.',
    statusRetrying:
      'Yhteys ei toimi juuri nyt. Vastauksesi on tallessa tällä laitteella, ja se lähetetään automaattisesti, kun yhteys palaa.',
    statusDelivered: 'Vastauksesi on lähetetty.',
    statusFailed: 'Vastausta ei voitu lähettää. Se on tallessa tällä laitteella.',
    surveyLoading: 'Kysely latautuu…',
    surveyProblem: 'Kyselyä ei voi nyt näyttää. Kerro siitä tapaamisen järjestäjälle.',
    idleWarning: 'Oletko vielä siellä? Vastauksesi pyyhitään {seconds} sekunnin päästä.',
    idleContinue: 'Tarvitsen lisää aikaa',
  },

  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
