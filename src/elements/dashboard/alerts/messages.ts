import type { Catalog } from '../../../kit/i18n.js';

/** Every text `<palaute-dashboard-alerts>` shows. Placeholders in braces are filled in by the element. */
export interface DashboardAlertsMessages {
  heading: string;
  loading: string;
  none: string;
  unauthorized: string;
  unavailable: string;
  /** `{unit}`, or `{unit}` and `{service}`. */
  unitOnly: string;
  unitAndService: string;
  /** The rule's id as configured. */
  rule: string;
  /** NPS over the last answers: `{n}` answers, `{nps}`, the line `{below}`. */
  npsBelow: string;
  /** `{nps}` this period with `{n}` answers, `{previousNps}` with `{previousN}`, fell `{drop}` points (line `{dropAtLeast}`). */
  npsDropWeek: string;
  npsDropMonth: string;
  /** `{share}` % of `{n}` chose the most negative face on `{questionId}` of `{surveyId}`; the line `{above}` %. */
  negativeFaceShare: string;
  /** A kind this version does not know: the numbers as they came. */
  otherKind: string;
  fired: string;
  cleared: string;
  stillFiring: string;
  acknowledge: string;
  acknowledging: string;
  acknowledgeFailed: string;
  acknowledged: string;
  /** Announced when a refresh brings alerts not seen before: `{count}`. */
  newAlerts: string;
}

export const dashboardAlertsMessages: Catalog<DashboardAlertsMessages> = {
  fi: {
    heading: 'Hälytykset',
    loading: 'Hälytyksiä haetaan…',
    none: 'Ei kuittaamattomia hälytyksiä.',
    unauthorized: 'Hälytyksiä ei voi näyttää: tunnuksella ei ole tulosten lukuoikeutta.',
    unavailable: 'Hälytyksiä ei juuri nyt saatu haettua. Yritä hetken päästä uudelleen.',
    unitOnly: '{unit}',
    unitAndService: '{unit}, palvelu {service}',
    rule: 'Sääntö {rule}',
    npsBelow: 'NPS viimeisistä {n} vastauksesta on {nps}, alle rajan {below}.',
    npsDropWeek:
      'NPS tällä viikolla on {nps} ({n} vastausta), {drop} pistettä vähemmän kuin edellisellä viikolla ({previousNps}, {previousN} vastausta). Raja: {dropAtLeast} pistettä.',
    npsDropMonth:
      'NPS tässä kuussa on {nps} ({n} vastausta), {drop} pistettä vähemmän kuin edellisessä kuussa ({previousNps}, {previousN} vastausta). Raja: {dropAtLeast} pistettä.',
    negativeFaceShare:
      '{share} % tämän viikon vastaajista ({n}) valitsi surullisimman kasvon kysymyksessä {questionId} (kysely {surveyId}). Raja: {above} %.',
    otherKind: 'Luvut: {numbers}',
    fired: 'Hälytys',
    cleared: 'Tilanne korjaantui',
    stillFiring: 'Tilanne jatkuu',
    acknowledge: 'Kuittaa',
    acknowledging: 'Kuitataan…',
    acknowledgeFailed: 'Kuittaus ei onnistunut. Yritä uudelleen.',
    acknowledged: 'Hälytys kuitattu.',
    newAlerts: 'Uusia hälytyksiä: {count}.',
  },
  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
