import type { Catalog } from '../../kit/i18n.js';

/**
 * Every text `<palaute-dashboard>` shows. Placeholders in braces are filled in by the element.
 * Category, harm, role and item labels are copied from the widgets under the same keys: elements
 * never import each other's messages.
 */
export interface DashboardMessages {
  title: string;
  signInTitle: string;
  tokenLabel: string;
  tokenHint: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  tokenMissing: string;
  tokenRefused: string;
  unavailable: string;
  loading: string;
  filtersTitle: string;
  unitLabel: string;
  serviceLabel: string;
  allUnits: string;
  allServices: string;
  fromLabel: string;
  toLabel: string;
  bucketLabel: string;
  week: string;
  month: string;
  show: string;
  /** `{time}` of the numbers shown. */
  updated: string;
  live: string;
  empty: string;
  notSet: string;
  /** `{min}`: the smallest group that is shown. */
  suppressed: string;
  period: string;
  unit: string;
  service: string;
  answers: string;
  npsTitle: string;
  nps: string;
  interval: string;
  /** What the band and the numbers on the points are. */
  npsLegend: string;
  /** `{lines}` office–service lines, `{periods}` periods, latest NPS between `{min}` and `{max}`. */
  npsSummary: string;
  /** `{lines}` lines, every point hidden as too small. */
  npsSummaryHidden: string;
  emojiTitle: string;
  /** `{survey}` and `{question}`. */
  emojiCaption: string;
  /** `{answers}` answers shown in `{rows}` rows, `{declined}` chose not to answer. */
  emojiSummary: string;
  /** `{face}`: 1 is the most negative. */
  face: string;
  declined: string;
  deviationTitle: string;
  deviationCategoryCaption: string;
  deviationHarmCaption: string;
  /** `{reports}` reports in `{periods}` months. */
  deviationSummary: string;
  meetingTitle: string;
  meetingCaption: string;
  /** `{items}` rows, `{roles}` roles. */
  meetingSummary: string;
  role: string;
  item: string;
  mean: string;
  categoryRights: string;
  categorySelfDetermination: string;
  categorySafety: string;
  categoryMistreatment: string;
  categoryServiceQuality: string;
  categoryOther: string;
  harmNo: string;
  harmYes: string;
  harmUnknown: string;
  roleChild: string;
  roleParent: string;
  roleRelative: string;
  roleStaff: string;
  roleMunicipalWorker: string;
  roleOther: string;
  itemHeard: string;
  itemMattered: string;
  itemTogether: string;
  itemOverall: string;
}

export const dashboardMessages: Catalog<DashboardMessages> = {
  fi: {
    title: 'Palautteen tulokset',
    signInTitle: 'Kirjaudu tuloksiin',
    tokenLabel: 'Tulosten käyttötunnus',
    tokenHint: 'Tunnus on vain tämän sivun muistissa: sivun lataaminen uudelleen tai sulkeminen unohtaa sen.',
    signIn: 'Kirjaudu',
    signingIn: 'Kirjaudutaan…',
    signOut: 'Kirjaudu ulos',
    tokenMissing: 'Kirjoita käyttötunnus.',
    tokenRefused: 'Tunnuksella ei näe tuloksia. Tarkista tunnus tai pyydä uusi ylläpidolta.',
    unavailable: 'Tuloksia ei juuri nyt saada. Yritä hetken kuluttua uudelleen.',
    loading: 'Tuloksia haetaan…',
    filtersTitle: 'Rajaa tuloksia',
    unitLabel: 'Toimipiste',
    serviceLabel: 'Palvelu',
    allUnits: 'Kaikki toimipisteet',
    allServices: 'Kaikki palvelut',
    fromLabel: 'Alkaen',
    toLabel: 'Päättyen',
    bucketLabel: 'Jakso',
    week: 'Viikko',
    month: 'Kuukausi',
    show: 'Näytä',
    updated: 'Päivitetty klo {time}',
    live: 'päivittyy automaattisesti',
    empty: 'Ei vastauksia tällä rajauksella.',
    notSet: 'ei tiedossa',
    suppressed: 'piilotettu (alle {min} vastausta)',
    period: 'Jakso',
    unit: 'Toimipiste',
    service: 'Palvelu',
    answers: 'Vastauksia (n)',
    npsTitle: 'Suositteluindeksi (NPS)',
    nps: 'NPS',
    interval: '95 %:n luottamusväli',
    npsLegend:
      'Nauha on 95 %:n luottamusväli: leveä nauha tarkoittaa, että vastauksia on vähän ja vaihtelu voi olla sattumaa. Pisteen luku on vastausten määrä (n).',
    npsSummary:
      '{lines} toimipiste–palvelu-yhdistelmää, {periods} jaksoa; viimeisin NPS välillä {min}…{max}.',
    npsSummaryHidden:
      '{lines} toimipiste–palvelu-yhdistelmää; kaikki jaksot piilotettu, koska vastauksia on liian vähän.',
    emojiTitle: 'Hymiökysely',
    emojiCaption: 'Kysely {survey}, kysymys {question}',
    emojiSummary: '{answers} vastausta {rows} rivillä; {declined} ei halunnut vastata.',
    face: 'Kasvo {face}',
    declined: 'En halua vastata',
    deviationTitle: 'Poikkeamailmoitukset kuukausittain',
    deviationCategoryCaption: 'Ilmoitukset aiheen mukaan',
    deviationHarmCaption: 'Loukkaantuiko joku',
    deviationSummary: '{reports} ilmoitusta {periods} kuukaudelta.',
    meetingTitle: 'Asiakassuunnitelmapalaverit',
    meetingCaption: 'Palaverien arviot kysymyksittäin ja vastaajaryhmittäin',
    meetingSummary: '{items} kysymysriviä {roles} vastaajaryhmältä, keskiarvot asteikolla 0–10.',
    role: 'Vastaaja',
    item: 'Kysymys',
    mean: 'Keskiarvo (0–10)',
    categoryRights: 'Lapsen oikeudet',
    categorySelfDetermination: 'Oikeuksien rajoittaminen',
    categorySafety: 'Turvallisuus',
    categoryMistreatment: 'Huono kohtelu, väkivalta tai häirintä',
    categoryServiceQuality: 'Palvelun laatu',
    categoryOther: 'Jokin muu',
    harmNo: 'Ei',
    harmYes: 'Kyllä',
    harmUnknown: 'En tiedä',
    roleChild: 'Lapsi tai nuori',
    roleParent: 'Vanhempi',
    roleRelative: 'Läheinen',
    roleStaff: 'Työntekijä',
    roleMunicipalWorker: 'Kunnan työntekijä',
    roleOther: 'Muu',
    itemHeard: 'Tulin kuulluksi',
    itemMattered: 'Puhuttiin tärkeistä asioista',
    itemTogether: 'Yhteistyön tapa',
    itemOverall: 'Palaveri kokonaisuutena',
  },
  sv: {
    title: 'Resultat av responsen',
    signInTitle: 'Logga in till resultaten',
    tokenLabel: 'Nyckel för resultaten',
    tokenHint: 'Nyckeln finns bara i den här sidans minne: den glöms när sidan laddas om eller stängs.',
    signIn: 'Logga in',
    signingIn: 'Loggar in …',
    signOut: 'Logga ut',
    tokenMissing: 'Skriv nyckeln.',
    tokenRefused:
      'Nyckeln ger inte tillgång till resultaten. Kontrollera den eller be administratören om en ny.',
    unavailable: 'Resultaten kan inte hämtas just nu. Försök igen om en stund.',
    loading: 'Resultaten hämtas …',
    filtersTitle: 'Avgränsa resultaten',
    unitLabel: 'Verksamhetsställe',
    serviceLabel: 'Tjänst',
    allUnits: 'Alla verksamhetsställen',
    allServices: 'Alla tjänster',
    fromLabel: 'Från',
    toLabel: 'Till',
    bucketLabel: 'Period',
    week: 'Vecka',
    month: 'Månad',
    show: 'Visa',
    updated: 'Uppdaterat kl. {time}',
    live: 'uppdateras automatiskt',
    empty: 'Inga svar med den här avgränsningen.',
    notSet: 'okänt',
    suppressed: 'dolt (färre än {min} svar)',
    period: 'Period',
    unit: 'Verksamhetsställe',
    service: 'Tjänst',
    answers: 'Svar (n)',
    npsTitle: 'Rekommendationsindex (NPS)',
    nps: 'NPS',
    interval: '95 % konfidensintervall',
    npsLegend:
      'Bandet är 95 % konfidensintervall: ett brett band betyder få svar, och variationen kan vara slump. Talet vid punkten är antalet svar (n).',
    npsSummary:
      '{lines} kombinationer av verksamhetsställe och tjänst, {periods} perioder; senaste NPS mellan {min} och {max}.',
    npsSummaryHidden:
      '{lines} kombinationer av verksamhetsställe och tjänst; alla perioder dolda eftersom svaren är för få.',
    emojiTitle: 'Emojienkät',
    emojiCaption: 'Enkät {survey}, fråga {question}',
    emojiSummary: '{answers} svar på {rows} rader; {declined} ville inte svara.',
    face: 'Ansikte {face}',
    declined: 'Jag vill inte svara',
    deviationTitle: 'Avvikelserapporter per månad',
    deviationCategoryCaption: 'Rapporter efter ämne',
    deviationHarmCaption: 'Skadades någon',
    deviationSummary: '{reports} rapporter under {periods} månader.',
    meetingTitle: 'Klientplanemöten',
    meetingCaption: 'Bedömningar av mötena per fråga och svarsgrupp',
    meetingSummary: '{items} frågerader från {roles} svarsgrupper, medelvärden på skalan 0–10.',
    role: 'Svarande',
    item: 'Fråga',
    mean: 'Medelvärde (0–10)',
    categoryRights: 'Barnets rättigheter',
    categorySelfDetermination: 'Begränsning av rättigheter',
    categorySafety: 'Säkerhet',
    categoryMistreatment: 'Dåligt bemötande, våld eller trakasserier',
    categoryServiceQuality: 'Tjänstens kvalitet',
    categoryOther: 'Något annat',
    harmNo: 'Nej',
    harmYes: 'Ja',
    harmUnknown: 'Jag vet inte',
    roleChild: 'Barn eller ung',
    roleParent: 'Förälder',
    roleRelative: 'Närstående',
    roleStaff: 'Anställd',
    roleMunicipalWorker: 'Kommunens anställd',
    roleOther: 'Annan',
    itemHeard: 'Jag blev hörd',
    itemMattered: 'Vi talade om det viktiga',
    itemTogether: 'Sättet vi arbetade tillsammans',
    itemOverall: 'Mötet som helhet',
  },
  en: {
    title: 'Feedback results',
    signInTitle: 'Sign in to the results',
    tokenLabel: 'Results access token',
    tokenHint: "The token is kept only in this page's memory: reloading or closing the page forgets it.",
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    tokenMissing: 'Type the access token.',
    tokenRefused: 'This token cannot read the results. Check it or ask the administrator for a new one.',
    unavailable: 'The results cannot be loaded right now. Try again in a moment.',
    loading: 'Loading results…',
    filtersTitle: 'Filter the results',
    unitLabel: 'Office',
    serviceLabel: 'Service',
    allUnits: 'All offices',
    allServices: 'All services',
    fromLabel: 'From',
    toLabel: 'To',
    bucketLabel: 'Period',
    week: 'Week',
    month: 'Month',
    show: 'Show',
    updated: 'Updated at {time}',
    live: 'updates automatically',
    empty: 'No answers for this choice.',
    notSet: 'not given',
    suppressed: 'hidden (fewer than {min} answers)',
    period: 'Period',
    unit: 'Office',
    service: 'Service',
    answers: 'Answers (n)',
    npsTitle: 'Net Promoter Score (NPS)',
    nps: 'NPS',
    interval: '95 % interval',
    npsLegend:
      'The band is the 95 % confidence interval: a wide band means few answers, and a swing may be chance. The number at each point is how many answered (n).',
    npsSummary:
      '{lines} office–service lines over {periods} periods; the latest NPS is between {min} and {max}.',
    npsSummaryHidden: '{lines} office–service lines; every period is hidden because it has too few answers.',
    emojiTitle: 'Emoji survey',
    emojiCaption: 'Survey {survey}, question {question}',
    emojiSummary: '{answers} answers in {rows} rows; {declined} chose not to answer.',
    face: 'Face {face}',
    declined: "I don't want to answer",
    deviationTitle: 'Deviation reports per month',
    deviationCategoryCaption: 'Reports by subject',
    deviationHarmCaption: 'Was anyone hurt',
    deviationSummary: '{reports} reports over {periods} months.',
    meetingTitle: 'Client-plan meetings',
    meetingCaption: 'Meeting ratings per question and respondent group',
    meetingSummary: '{items} question rows from {roles} respondent groups, means on a 0–10 scale.',
    role: 'Respondent',
    item: 'Question',
    mean: 'Mean (0–10)',
    categoryRights: "A child's rights",
    categorySelfDetermination: 'Rights being restricted',
    categorySafety: 'Safety',
    categoryMistreatment: 'Bad treatment, violence or harassment',
    categoryServiceQuality: 'Quality of the service',
    categoryOther: 'Something else',
    harmNo: 'No',
    harmYes: 'Yes',
    harmUnknown: "I don't know",
    roleChild: 'Child or young person',
    roleParent: 'Parent',
    roleRelative: 'Relative',
    roleStaff: 'Staff',
    roleMunicipalWorker: 'Municipal worker',
    roleOther: 'Other',
    itemHeard: 'Being heard',
    itemMattered: 'Talking about what matters',
    itemTogether: 'The way we worked together',
    itemOverall: 'The meeting as a whole',
  },
};
