import type { Catalog } from '../../kit/i18n.js';

/** Every text `<palaute-deviation-form>` shows. Placeholders in braces are filled in by the widget. */
export interface DeviationFormMessages {
  title: string;
  intro: string;
  emergency: string;
  emergencyCall: string;
  privacy: string;
  privacyLink: string;
  roleLegend: string;
  roleChild: string;
  roleParentOrRelative: string;
  roleStaff: string;
  roleMunicipalWorker: string;
  roleOther: string;
  categoryLegend: string;
  categoryRights: string;
  categorySelfDetermination: string;
  categorySafety: string;
  categoryMistreatment: string;
  categoryServiceQuality: string;
  categoryOther: string;
  descriptionLabel: string;
  descriptionHint: string;
  counter: string;
  occurredAtLabel: string;
  locationLabel: string;
  harmLegend: string;
  harmNo: string;
  harmYes: string;
  harmUnknown: string;
  hopedOutcomeLabel: string;
  contactLegend: string;
  anonymousNote: string;
  giveContact: string;
  nameLabel: string;
  emailLabel: string;
  phoneLabel: string;
  contactHint: string;
  consent: string;
  send: string;
  summaryTitle: string;
  errorRole: string;
  errorCategory: string;
  errorDescriptionShort: string;
  errorDescriptionLong: string;
  errorDate: string;
  errorDateFuture: string;
  errorHarm: string;
  errorTooLong: string;
  errorEmail: string;
  errorPhone: string;
  errorContact: string;
  errorConsent: string;
  receiptTitle: string;
  /** The delivery status under the receipt's title, by what happened to the report. */
  receiptStored: string;
  receiptRetrying: string;
  receiptDelivered: string;
  receiptFailed: string;
  receiptCode: string;
  receiptNext: string;
  receiptRights: string;
  receiptComplain: string;
  newReport: string;
  kioskNext: string;
  /** Kiosk mode: the notice before an unfinished answer is cleared for inactivity, and its button. */
  idleWarning: string;
  idleContinue: string;
}

export const deviationFormMessages: Catalog<DeviationFormMessages> = {
  fi: {
    title: 'Kerro, jos jokin on vialla tai vaarallista',
    intro:
      'Kerro meille, jos lasta kohdellaan väärin, jos jokin on vaarallista tai jos palvelu ei toimi niin kuin pitää. Voit ilmoittaa nimettömänä.',
    emergency: 'Jos lapsi on välittömässä vaarassa, soita hätänumeroon 112.',
    emergencyCall: 'Soita 112',
    privacy:
      'Ilmoituksen lukevat vain työntekijät, jotka käsittelevät ilmoituksia. Nimeäsi ei tallenneta, ellet itse anna sitä.',
    privacyLink: 'Lue tietosuojaseloste',
    roleLegend: 'Kuka olet?',
    roleChild: 'Lapsi tai nuori',
    roleParentOrRelative: 'Vanhempi tai läheinen',
    roleStaff: 'Työntekijä',
    roleMunicipalWorker: 'Lapsen asioista vastaava sosiaalityöntekijä',
    roleOther: 'Joku muu',
    categoryLegend: 'Mitä ilmoitus koskee?',
    categoryRights: 'Lapsen oikeudet',
    categorySelfDetermination: 'Oikeuksien rajoittaminen (esim. tavaroiden ottaminen pois)',
    categorySafety: 'Turvallisuus',
    categoryMistreatment: 'Huono kohtelu, väkivalta tai häirintä',
    categoryServiceQuality: 'Palvelun laatu',
    categoryOther: 'Jokin muu',
    descriptionLabel: 'Mitä tapahtui?',
    descriptionHint: 'Kerro omin sanoin, mitä tapahtui. Vähintään yksi lause.',
    counter: '{count} / {max} merkkiä',
    occurredAtLabel: 'Milloin se tapahtui? (vapaaehtoinen)',
    locationLabel: 'Missä se tapahtui? (vapaaehtoinen)',
    harmLegend: 'Loukkaantuiko joku tai joutuiko joku vaaraan?',
    harmNo: 'Ei',
    harmYes: 'Kyllä',
    harmUnknown: 'En tiedä',
    hopedOutcomeLabel: 'Mitä toivot seuraavaksi tapahtuvan? (vapaaehtoinen)',
    contactLegend: 'Yhteystiedot',
    anonymousNote: 'Ilmoitus on nimetön, ellet valitse toisin.',
    giveContact: 'Haluan, että minuun otetaan yhteyttä',
    nameLabel: 'Nimi (vapaaehtoinen)',
    emailLabel: 'Sähköposti',
    phoneLabel: 'Puhelinnumero',
    contactHint: 'Anna sähköposti, puhelinnumero tai molemmat.',
    consent: 'Minuun saa ottaa yhteyttä tämän ilmoituksen vuoksi.',
    send: 'Lähetä ilmoitus',
    summaryTitle: 'Korjaa nämä kohdat:',
    errorRole: 'Valitse, kuka olet.',
    errorCategory: 'Valitse, mitä ilmoitus koskee.',
    errorDescriptionShort: 'Kerro tapahtuneesta vähintään yhdellä lauseella ({min} merkkiä).',
    errorDescriptionLong: 'Teksti on liian pitkä: enintään {max} merkkiä.',
    errorDate: 'Valitse päivämäärä kalenterista.',
    errorDateFuture: 'Päivämäärä ei voi olla tulevaisuudessa.',
    errorHarm: 'Valitse yksi vaihtoehto.',
    errorTooLong: 'Teksti on liian pitkä.',
    errorEmail: 'Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
    errorPhone: 'Tarkista puhelinnumero, esimerkiksi 040 123 4567.',
    errorContact: 'Anna sähköposti tai puhelinnumero.',
    errorConsent:
      'Rastita kohta ”Minuun saa ottaa yhteyttä tämän ilmoituksen vuoksi” tai poista rasti kohdasta ”Haluan, että minuun otetaan yhteyttä”.',
    receiptTitle: 'Kiitos ilmoituksestasi.',
    receiptStored: 'Ilmoituksesi on tallennettu, ja se lähetetään käsiteltäväksi.',
    receiptRetrying:
      'Yhteys ei toimi juuri nyt. Ilmoituksesi on tallessa tällä laitteella, ja se lähetetään automaattisesti, kun yhteys palaa.',
    receiptDelivered: 'Ilmoituksesi on lähetetty käsiteltäväksi.',
    receiptFailed:
      'Ilmoitusta ei voitu lähettää. Se on tallessa tällä laitteella. Kerro asiasta työntekijälle ja kerro hänelle ilmoituksen tunnus.',
    receiptCode: 'Ilmoituksen tunnus: {code}',
    receiptNext:
      'Ilmoitus ohjataan sille, joka vastaa asian käsittelystä. Jos annoit yhteystietosi, sinuun otetaan yhteyttä.',
    receiptRights:
      'Jos oikeuksiasi rajoitetaan, siitä puhutaan kanssasi ja sinulle kerrotaan, miten voit valittaa.',
    receiptComplain:
      'Jos et ole tyytyväinen, voit tehdä muistutuksen. Silloin kerrot kirjallisesti, mihin olet tyytymätön. Muistutus annetaan henkilölle, joka vastaa tästä palvelusta. Voit myös tehdä kantelun Lupa- ja valvontavirastoon. Se on valtion virasto, joka valvoo palveluja. Sosiaaliasiavastaava neuvoo sinua maksutta.',
    newReport: 'Tee uusi ilmoitus',
    kioskNext: 'Lomake tyhjenee hetken kuluttua seuraavaa käyttäjää varten.',
    idleWarning:
      'Oletko vielä siellä? Lomake tyhjennetään {seconds} sekunnin päästä, jotta seuraava käyttäjä ei näe sitä.',
    idleContinue: 'Tarvitsen lisää aikaa',
  },

  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
