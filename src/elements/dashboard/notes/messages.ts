import type { Catalog } from '../../../kit/i18n.js';

/** Every text `<palaute-dashboard-notes>` shows besides the notes. */
export interface DashboardNotesMessages {
  title: string;
  formTitle: string;
  unit: string;
  language: string;
  languageNames: string;
  youSaid: string;
  youSaidHint: string;
  weDid: string;
  weDidHint: string;
  date: string;
  publish: string;
  published: string;
  required: string;
  tooLong: string;
  /** Above the collector's reasons for refusing a note. */
  refused: string;
  listTitle: string;
  empty: string;
  loading: string;
  unavailable: string;
  withdraw: string;
  /** The Withdraw button's accessible name: "Withdraw: {text}". */
  withdrawNamed: string;
  withdrawn: string;
  /** Announced once a note is withdrawn. */
  withdrawDone: string;
  withdrawFailed: string;
  shown: string;
  status: string;
}

export const dashboardNotesMessages: Catalog<DashboardNotesMessages> = {
  fi: {
    title: 'Sinä sanoit, me teimme',
    formTitle: 'Julkaise uusi',
    unit: 'Toimipiste',
    language: 'Kieli',
    languageNames: 'suomi|ruotsi|englanti',
    youSaid: 'Sinä sanoit',
    youSaidHint: 'Mitä lapset sanoivat, lyhyesti.',
    weDid: 'Niinpä me',
    weDidHint: 'Mitä teimme sen vuoksi.',
    date: 'Päivä',
    publish: 'Julkaise',
    published: 'Julkaistu.',
    required: '{field}: täytä tämä kenttä.',
    tooLong: '{field}: enintään {max} merkkiä.',
    refused: 'Palvelin ei hyväksynyt tätä:',
    listTitle: 'Julkaistut',
    empty: 'Ei vielä julkaistuja.',
    loading: 'Haetaan…',
    unavailable: 'Tietoja ei saatu. Tarkista yhteys ja tunniste.',
    withdraw: 'Poista näkyvistä',
    withdrawNamed: 'Poista näkyvistä: {text}',
    withdrawn: 'Poistettu näkyvistä {date}',
    withdrawDone: 'Poistettu näkyvistä.',
    withdrawFailed: 'Poistaminen ei onnistunut. Tarkista yhteys ja yritä uudelleen.',
    shown: 'Näkyvissä',
    status: 'Tila',
  },
  sv: {
    title: 'Du sa, vi gjorde',
    formTitle: 'Publicera en ny',
    unit: 'Verksamhetsställe',
    language: 'Språk',
    languageNames: 'finska|svenska|engelska',
    youSaid: 'Du sa',
    youSaidHint: 'Vad barnen sa, kort.',
    weDid: 'Så vi',
    weDidHint: 'Vad vi gjorde därför.',
    date: 'Datum',
    publish: 'Publicera',
    published: 'Publicerad.',
    required: '{field}: fyll i fältet.',
    tooLong: '{field}: högst {max} tecken.',
    refused: 'Servern godkände inte detta:',
    listTitle: 'Publicerade',
    empty: 'Inga publicerade ännu.',
    loading: 'Hämtar…',
    unavailable: 'Uppgifterna kunde inte hämtas. Kontrollera anslutningen och nyckeln.',
    withdraw: 'Dra tillbaka',
    withdrawNamed: 'Dra tillbaka: {text}',
    withdrawn: 'Tillbakadragen {date}',
    withdrawDone: 'Tillbakadragen.',
    withdrawFailed: 'Det gick inte att dra tillbaka. Kontrollera anslutningen och försök igen.',
    shown: 'Visas',
    status: 'Status',
  },
  en: {
    title: 'You said, we did',
    formTitle: 'Publish a new one',
    unit: 'Unit',
    language: 'Language',
    languageNames: 'Finnish|Swedish|English',
    youSaid: 'You said',
    youSaidHint: 'What the children said, in short.',
    weDid: 'So we',
    weDidHint: 'What we did about it.',
    date: 'Date',
    publish: 'Publish',
    published: 'Published.',
    required: '{field}: fill in this field.',
    tooLong: '{field}: at most {max} characters.',
    refused: 'The server did not accept this:',
    listTitle: 'Published',
    empty: 'Nothing published yet.',
    loading: 'Loading…',
    unavailable: 'Could not load. Check the connection and the token.',
    withdraw: 'Withdraw',
    withdrawNamed: 'Withdraw: {text}',
    withdrawn: 'Withdrawn {date}',
    withdrawDone: 'Withdrawn.',
    withdrawFailed: 'Could not withdraw. Check the connection and try again.',
    shown: 'Shown',
    status: 'Status',
  },
};
