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
  /** The receipt code (issue 20), its "write it down" line, its use and its copy button with the outcome. */
  receiptCodeTitle: string;
  receiptCodeWriteDown: string;
  receiptCodeUse: string;
  copyCode: string;
  codeCopied: string;
  copyFailed: string;
  /** Following a report with its receipt code. */
  followOpen: string;
  followTitle: string;
  followIntro: string;
  codeLabel: string;
  followLookUp: string;
  followBack: string;
  followLooking: string;
  errorCodeMalformed: string;
  errorCodeNotFound: string;
  errorCodeLimited: string;
  errorUnreachable: string;
  followReportTitle: string;
  statusLabel: string;
  statusNew: string;
  statusInProgress: string;
  statusClosed: string;
  receivedLabel: string;
  acknowledgedLabel: string;
  notYet: string;
  acknowledgementDueLabel: string;
  feedbackDueLabel: string;
  closedLabel: string;
  conversationTitle: string;
  noMessages: string;
  fromHandlers: string;
  fromYou: string;
  acknowledgementText: string;
  unreadableMessage: string;
  additionLabel: string;
  additionHint: string;
  additionSend: string;
  errorAdditionEmpty: string;
  additionStored: string;
  additionRetrying: string;
  additionDelivered: string;
  additionFailed: string;
  additionUnavailable: string;
  complainTitle: string;
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
    receiptCodeTitle: 'Vastaanottokoodisi',
    receiptCodeWriteDown: 'Kirjoita koodi muistiin: se on ainoa tapa palata ilmoitukseesi.',
    receiptCodeUse:
      'Koodilla näet myöhemmin, mitä ilmoituksellesi on tehty, ja voit lisätä tietoja. Koodia ei tallenneta tälle laitteelle.',
    copyCode: 'Kopioi koodi',
    codeCopied: 'Koodi on kopioitu.',
    copyFailed: 'Kopiointi ei onnistunut. Kirjoita koodi muistiin.',
    followOpen: 'Seuraa ilmoitustasi koodilla',
    followTitle: 'Seuraa ilmoitustasi',
    followIntro: 'Kirjoita vastaanottokoodi, jonka sait, kun lähetit ilmoituksen.',
    codeLabel: 'Vastaanottokoodi (16 numeroa)',
    followLookUp: 'Näytä ilmoitus',
    followBack: 'Takaisin lomakkeelle',
    followLooking: 'Ilmoitusta haetaan…',
    errorCodeMalformed: 'Koodissa on 16 numeroa. Tarkista, että kirjoitit kaikki numerot.',
    errorCodeNotFound: 'Koodi on väärä, tai ilmoitusta ei ole.',
    errorCodeLimited: 'Liian monta yritystä. Odota {minutes} min ja yritä sitten uudelleen.',
    errorUnreachable: 'Yhteys ei toimi juuri nyt. Yritä myöhemmin uudelleen.',
    followReportTitle: 'Ilmoituksesi tilanne',
    statusLabel: 'Tila',
    statusNew: 'Vastaanotettu, odottaa käsittelyä',
    statusInProgress: 'Käsittelyssä',
    statusClosed: 'Käsitelty',
    receivedLabel: 'Vastaanotettu',
    acknowledgedLabel: 'Vastaanotto vahvistettu',
    notYet: 'Ei vielä',
    acknowledgementDueLabel: 'Vastaanotto vahvistetaan viimeistään',
    feedbackDueLabel: 'Vastaus siitä, mitä asialle on tehty, viimeistään',
    closedLabel: 'Käsittely päättyi',
    conversationTitle: 'Viestit',
    noMessages: 'Ei vielä viestejä.',
    fromHandlers: 'Käsittelijä',
    fromYou: 'Sinä',
    acknowledgementText:
      'Olemme vastaanottaneet ilmoituksesi ja käsittelemme sen. Kerromme täällä, mitä asialle on tehty.',
    unreadableMessage: 'Tätä viestiä ei voitu avata.',
    additionLabel: 'Lisää tietoa tai vastaa',
    additionHint: 'Viestin voivat lukea vain ilmoituksia käsittelevät työntekijät ja sinä tällä koodilla.',
    additionSend: 'Lähetä viesti',
    errorAdditionEmpty: 'Kirjoita viesti ennen kuin lähetät sen.',
    additionStored: 'Viestisi on tallennettu, ja se lähetetään.',
    additionRetrying:
      'Yhteys ei toimi juuri nyt. Viestisi on tallessa tällä laitteella, ja se lähetetään, kun yhteys palaa.',
    additionDelivered: 'Viestisi on lähetetty.',
    additionFailed: 'Viestiä ei voitu lähettää.',
    additionUnavailable: 'Tähän ilmoitukseen ei voi juuri nyt lisätä viestejä.',
    complainTitle: 'Jos et ole tyytyväinen',
  },

  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
