import type { Catalog } from '../../kit/i18n.js';

/** Every text `<palaute-results>` shows. Placeholders in braces are filled in by the element. */
export interface ResultsMessages {
  caption: string;
  unit: string;
  service: string;
  nps: string;
  margin: string;
  answers: string;
  promoters: string;
  passives: string;
  detractors: string;
  trend: string;
  /** Read by screen readers for the trend cell: `{values}` is the NPS of each period. */
  trendLabel: string;
  notSet: string;
  /** `{min}`: the smallest group that is shown. */
  tooFew: string;
  loading: string;
  empty: string;
  unauthorized: string;
  unavailable: string;
  /** `{time}` of the numbers shown. */
  updated: string;
  live: string;
  meetingCaption: string;
  item: string;
  /** Mean score 0–10. */
  mean: string;
  /** The family's mean minus the municipal workers' mean. */
  gap: string;
  /** `{family}`, `{municipal}`: the two means; `{meetings}`: how many meetings they stand on. */
  gapDetail: string;
  /** Under a respondent filter: the gap compares two sides and the filter keeps one. */
  gapNotWithRole: string;
  /** The row header of a group suppressed as a whole. */
  allItems: string;
  itemHeard: string;
  itemMattered: string;
  itemTogether: string;
  itemOverall: string;
}

export const resultsMessages: Catalog<ResultsMessages> = {
  fi: {
    caption: 'Suositteluindeksi (NPS) toimipisteittäin ja palveluittain',
    unit: 'Toimipiste',
    service: 'Palvelu',
    nps: 'NPS',
    margin: 'Virhemarginaali (95 %)',
    answers: 'Vastauksia',
    promoters: 'Suosittelijat (9–10)',
    passives: 'Neutraalit (7–8)',
    detractors: 'Arvostelijat (0–6)',
    trend: 'Kehitys',
    trendLabel: 'NPS jaksoittain: {values}',
    notSet: 'ei tiedossa',
    tooFew: 'Liian vähän vastauksia (alle {min})',
    loading: 'Tuloksia haetaan…',
    empty: 'Ei vielä vastauksia.',
    unauthorized: 'Sinulla ei ole oikeutta nähdä tuloksia. Pyydä tunnus ylläpidolta.',
    unavailable: 'Tuloksia ei juuri nyt saada. Yritä hetken kuluttua uudelleen.',
    updated: 'Päivitetty klo {time}',
    live: 'Päivittyy automaattisesti',
    meetingCaption: 'Asiakassuunnitelmapalaverien arviot (0–10) toimipisteittäin ja palveluittain',
    item: 'Kysymys',
    mean: 'Keskiarvo',
    gap: 'Ero: perhe – kunnan työntekijät',
    gapDetail: '(perhe {family}, kunta {municipal}; {meetings} palaveria)',
    gapNotWithRole: 'Ei yhden vastaajaryhmän tuloksissa: ero vertaa perhettä ja kunnan työntekijöitä',
    allItems: 'Kaikki kysymykset',
    itemHeard: 'Tulin kuulluksi',
    itemMattered: 'Puhuttiin tärkeistä asioista',
    itemTogether: 'Yhteistyön tapa',
    itemOverall: 'Palaveri kokonaisuutena',
  },
  sv: {
    caption: 'Rekommendationsindex (NPS) per verksamhetsställe och tjänst',
    unit: 'Verksamhetsställe',
    service: 'Tjänst',
    nps: 'NPS',
    margin: 'Felmarginal (95 %)',
    answers: 'Svar',
    promoters: 'Förespråkare (9–10)',
    passives: 'Neutrala (7–8)',
    detractors: 'Kritiker (0–6)',
    trend: 'Utveckling',
    trendLabel: 'NPS per period: {values}',
    notSet: 'okänt',
    tooFew: 'För få svar (färre än {min})',
    loading: 'Resultaten hämtas …',
    empty: 'Inga svar ännu.',
    unauthorized: 'Du har inte rätt att se resultaten. Be administratören om en nyckel.',
    unavailable: 'Resultaten kan inte hämtas just nu. Försök igen om en stund.',
    updated: 'Uppdaterat kl. {time}',
    live: 'Uppdateras automatiskt',
    meetingCaption: 'Bedömningar av klientplanemöten (0–10) per verksamhetsställe och tjänst',
    item: 'Fråga',
    mean: 'Medelvärde',
    gap: 'Skillnad: familjen – kommunens anställda',
    gapDetail: '(familjen {family}, kommunen {municipal}; {meetings} möten)',
    gapNotWithRole: 'Inte i en svarsgrupps resultat: skillnaden jämför familjen och kommunens anställda',
    allItems: 'Alla frågor',
    itemHeard: 'Jag blev hörd',
    itemMattered: 'Vi talade om det viktiga',
    itemTogether: 'Sättet vi arbetade tillsammans',
    itemOverall: 'Mötet som helhet',
  },
  en: {
    caption: 'Net Promoter Score (NPS) by office and service',
    unit: 'Office',
    service: 'Service',
    nps: 'NPS',
    margin: 'Margin of error (95 %)',
    answers: 'Answers',
    promoters: 'Promoters (9–10)',
    passives: 'Passives (7–8)',
    detractors: 'Detractors (0–6)',
    trend: 'Trend',
    trendLabel: 'NPS by period: {values}',
    notSet: 'not given',
    tooFew: 'Too few answers (fewer than {min})',
    loading: 'Loading results…',
    empty: 'No answers yet.',
    unauthorized: 'You may not see these results. Ask the administrator for a token.',
    unavailable: 'The results cannot be loaded right now. Try again in a moment.',
    updated: 'Updated at {time}',
    live: 'Updates automatically',
    meetingCaption: 'Client-plan meeting ratings (0–10) by office and service',
    item: 'Question',
    mean: 'Mean',
    gap: 'Gap: family – municipal workers',
    gapDetail: '(family {family}, municipal {municipal}; {meetings} meetings)',
    gapNotWithRole: 'Not for one respondent group: the gap compares the family and the municipal workers',
    allItems: 'All questions',
    itemHeard: 'Being heard',
    itemMattered: 'Talking about what matters',
    itemTogether: 'The way we worked together',
    itemOverall: 'The meeting as a whole',
  },
};
