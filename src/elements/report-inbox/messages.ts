import type { Catalog } from '../../kit/i18n.js';

/**
 * Every text `<palaute-report-inbox>` shows. Placeholders in braces are filled in by the element.
 * The category, harm and role labels are the deviation form's, copied under the same keys: elements
 * never import each other.
 */
export interface ReportInboxMessages {
  title: string;
  signInTitle: string;
  nameLabel: string;
  tokenLabel: string;
  passphraseLabel: string;
  useRecovery: string;
  recoveryLabel: string;
  signIn: string;
  unlocking: string;
  fillEveryField: string;
  /** A wrong passphrase or an unknown name: one message, so it does not tell which. */
  signInFailed: string;
  recoveryFailed: string;
  tokenRefused: string;
  unavailable: string;
  signedOut: string;
  /** `{minutes}` without any input. */
  signedOutIdle: string;
  signedInAs: string;
  navReports: string;
  navHandlers: string;
  signOut: string;
  statusLabel: string;
  statusAll: string;
  statusNew: string;
  statusInProgress: string;
  statusClosed: string;
  harmShort: string;
  unitLabel: string;
  serviceLabel: string;
  receivedLabel: string;
  notGiven: string;
  loading: string;
  empty: string;
  more: string;
  back: string;
  roleLabel: string;
  descriptionLabel: string;
  occurredAtLabel: string;
  locationLabel: string;
  hopedOutcomeLabel: string;
  contactTitle: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  anonymous: string;
  contactErased: string;
  legacy: string;
  altered: string;
  notFound: string;
  notesTitle: string;
  noteAltered: string;
  /** `{time}` the note was written. */
  noteWritten: string;
  legacyNote: string;
  changeTitle: string;
  noteLabel: string;
  closeWarning: string;
  save: string;
  saving: string;
  saved: string;
  actionFailed: string;
  handlersTitle: string;
  recoveryHandler: string;
  you: string;
  /** `{name}` of the handler. */
  removeHandler: string;
  confirmRemove: string;
  confirm: string;
  cancel: string;
  removed: string;
  addTitle: string;
  addIntro: string;
  newName: string;
  /** `{min}` characters. */
  newPassphrase: string;
  newPassphraseAgain: string;
  add: string;
  adding: string;
  added: string;
  errorName: string;
  errorNameTaken: string;
  errorShortPassphrase: string;
  errorMismatch: string;
  keyTitle: string;
  keyIntro: string;
  rotate: string;
  confirmRotate: string;
  rotating: string;
  rotated: string;
  newKeyLabel: string;
  acknowledgementDueLabel: string;
  acknowledgedLabel: string;
  feedbackDueLabel: string;
  /** The badge on a report whose acknowledgement is late. */
  overdueAcknowledgement: string;
  /** The badge on a report whose reporter has had no feedback by its due date. */
  overdueFeedback: string;
  conversationTitle: string;
  noReceipt: string;
  /** After noReceipt, for a report with contact details. */
  noReceiptContact: string;
  noMessages: string;
  /** `{who}` wrote it at `{time}`. */
  messageFrom: string;
  fromHandlers: string;
  fromReporter: string;
  acknowledgementSent: string;
  messageAltered: string;
  acknowledgeIntro: string;
  /** For a report without a receipt code: its deadline runs all the same. */
  acknowledgeIntroNoReceipt: string;
  acknowledge: string;
  acknowledgedNotice: string;
  replyLabel: string;
  replyHint: string;
  sendReply: string;
  sending: string;
  replySent: string;
  errorReplyEmpty: string;
  auditTitle: string;
  auditRead: string;
  auditAcknowledged: string;
  auditReplied: string;
  /** Before the fingerprint of the access token that acted. */
  auditBy: string;
  /** The notice a minute before the inbox forgets the key: `{seconds}` left. */
  idleWarning: string;
  idleContinue: string;
  roleChild: string;
  roleParentOrRelative: string;
  roleStaff: string;
  roleMunicipalWorker: string;
  roleOther: string;
  categoryRights: string;
  categorySelfDetermination: string;
  categorySafety: string;
  categoryMistreatment: string;
  categoryServiceQuality: string;
  categoryOther: string;
  harmNo: string;
  harmYes: string;
  harmUnknown: string;
}

export const reportInboxMessages: Catalog<ReportInboxMessages> = {
  fi: {
    title: 'Poikkeamailmoitukset',
    signInTitle: 'Kirjaudu sisään',
    nameLabel: 'Nimi',
    tokenLabel: 'Käyttöavain',
    passphraseLabel: 'Tunnuslause',
    useRecovery: 'Käytä palautuskoodia',
    recoveryLabel: 'Palautuskoodi',
    signIn: 'Kirjaudu sisään',
    unlocking: 'Avataan…',
    fillEveryField: 'Täytä kaikki kentät.',
    signInFailed: 'Nimi tai tunnuslause ei ole oikein.',
    recoveryFailed: 'Palautuskoodi ei ole oikein.',
    tokenRefused: 'Käyttöavain ei kelpaa.',
    unavailable: 'Palvelimeen ei saada yhteyttä. Yritä hetken kuluttua uudelleen.',
    signedOut: 'Olet kirjautunut ulos, ja avain on unohdettu tästä selaimesta.',
    signedOutIdle:
      'Sinut kirjattiin ulos, kun mitään ei tehty {minutes} min aikana. Avain on unohdettu tästä selaimesta.',
    signedInAs: 'Kirjautunut: {name}',
    navReports: 'Ilmoitukset',
    navHandlers: 'Käsittelijät ja avain',
    signOut: 'Kirjaudu ulos',
    statusLabel: 'Tila',
    statusAll: 'Kaikki',
    statusNew: 'Uusi',
    statusInProgress: 'Käsittelyssä',
    statusClosed: 'Suljettu',
    harmShort: 'Loukkaantuiko joku',
    unitLabel: 'Toimipiste',
    serviceLabel: 'Palvelu',
    receivedLabel: 'Saapui',
    notGiven: 'ei tiedossa',
    loading: 'Haetaan…',
    empty: 'Ei ilmoituksia.',
    more: 'Näytä lisää',
    back: 'Takaisin ilmoituksiin',
    roleLabel: 'Ilmoittaja',
    descriptionLabel: 'Mitä tapahtui',
    occurredAtLabel: 'Milloin',
    locationLabel: 'Missä',
    hopedOutcomeLabel: 'Mitä ilmoittaja toivoo',
    contactTitle: 'Yhteystiedot',
    contactName: 'Nimi',
    contactEmail: 'Sähköposti',
    contactPhone: 'Puhelin',
    anonymous: 'Nimetön ilmoitus.',
    contactErased: 'Yhteystiedot poistettiin, kun ilmoitus suljettiin.',
    legacy: 'Tämä ilmoitus tallennettiin ennen salausta: palvelimella se on selväkielisenä.',
    altered: 'Tätä ilmoitusta ei voi avata: sitä on muutettu.',
    notFound: 'Ilmoitusta ei löydy.',
    notesTitle: 'Sisäiset muistiinpanot',
    noteAltered: 'Tätä muistiinpanoa ei voi avata: sitä on muutettu.',
    noteWritten: 'Kirjoitettu {time}',
    legacyNote: 'Muistiinpano ennen salausta',
    changeTitle: 'Muuta tilaa',
    noteLabel: 'Sisäinen muistiinpano (vapaaehtoinen)',
    closeWarning: 'Kun ilmoitus suljetaan, ilmoittajan yhteystiedot poistetaan pysyvästi.',
    save: 'Tallenna',
    saving: 'Tallennetaan…',
    saved: 'Tallennettu.',
    actionFailed: 'Se ei onnistunut. Yritä uudelleen.',
    handlersTitle: 'Käsittelijät',
    recoveryHandler: 'palautuskoodi',
    you: 'sinä',
    removeHandler: 'Poista {name}',
    confirmRemove: 'Poistetaanko {name}? Sen jälkeen hän ei voi avata ilmoituksia.',
    confirm: 'Poista',
    cancel: 'Peruuta',
    removed: '{name} poistettiin.',
    addTitle: 'Lisää käsittelijä',
    addIntro:
      'Uusi käsittelijä kirjoittaa oman tunnuslauseensa tähän, tällä koneella. Tunnuslause ei lähde tästä selaimesta.',
    newName: 'Uuden käsittelijän nimi',
    newPassphrase: 'Tunnuslause (vähintään {min} merkkiä)',
    newPassphraseAgain: 'Tunnuslause uudelleen',
    add: 'Lisää käsittelijä',
    adding: 'Lisätään…',
    added: '{name} lisättiin. Hän voi nyt kirjautua omalla tunnuslauseellaan.',
    errorName: 'Anna nimi.',
    errorNameTaken: 'Tämän niminen käsittelijä on jo olemassa.',
    errorShortPassphrase: 'Tunnuslauseessa on oltava vähintään {min} merkkiä.',
    errorMismatch: 'Tunnuslauseet eivät ole samat.',
    keyTitle: 'Ilmoitusten avain',
    keyIntro: 'Uudet ilmoitukset salataan uudella avaimella. Vanhat ilmoitukset aukeavat edelleen.',
    rotate: 'Vaihda avain',
    confirmRotate: 'Vaihdetaanko avain? Sivujen asetuksiin on sen jälkeen vaihdettava uusi avain.',
    rotating: 'Vaihdetaan…',
    rotated: 'Avain vaihdettiin. Liitä tämä rivi sivujen asetuksiin.',
    newKeyLabel: 'Uusi avain sivujen asetuksiin',
    acknowledgementDueLabel: 'Vastaanotto kuitattava viimeistään',
    acknowledgedLabel: 'Vastaanotto kuitattu',
    feedbackDueLabel: 'Vastaus ilmoittajalle viimeistään',
    overdueAcknowledgement: 'Myöhässä: vastaanottoa ei ole kuitattu',
    overdueFeedback: 'Myöhässä: ilmoittajalle ei ole vastattu',
    conversationTitle: 'Viestit ilmoittajan kanssa',
    noReceipt: 'Tällä ilmoituksella ei ole seurantakoodia, joten ilmoittajalle ei voi vastata täältä.',
    noReceiptContact: 'Käytä yllä olevia yhteystietoja.',
    noMessages: 'Ei vielä viestejä.',
    messageFrom: '{who}, {time}',
    fromHandlers: 'Käsittelijät',
    fromReporter: 'Ilmoittaja',
    acknowledgementSent:
      'Vastaanotto kuitattiin. Ilmoittaja näkee vakiomuotoisen kuittauksen omalla kielellään.',
    messageAltered: 'Tätä viestiä ei voi avata: sitä on muutettu.',
    acknowledgeIntro: 'Ilmoittaja näkee vakiomuotoisen kuittauksen omalla kielellään. Tekstiä ei tarvita.',
    acknowledgeIntroNoReceipt:
      'Merkitsee vastaanoton kuitatuksi, jotta määräaika täyttyy. Ilmoittajalle ei lähetetä mitään.',
    acknowledge: 'Kuittaa vastaanotetuksi',
    acknowledgedNotice: 'Kuitattu.',
    replyLabel: 'Vastaus ilmoittajalle',
    replyHint:
      'Salataan tässä selaimessa: vain ilmoittaja seurantakoodillaan ja käsittelijät voivat lukea sen.',
    sendReply: 'Lähetä vastaus',
    sending: 'Lähetetään…',
    replySent: 'Vastaus lähetettiin. Ilmoittaja lukee sen seurantakoodillaan.',
    errorReplyEmpty: 'Kirjoita ensin vastaus.',
    auditTitle: 'Tapahtumaloki',
    auditRead: 'Avattu',
    auditAcknowledged: 'Vastaanotto kuitattu',
    auditReplied: 'Vastattu ilmoittajalle',
    auditBy: 'käyttöavain',
    idleWarning: 'Oletko vielä siellä? Avain unohdetaan ja sinut kirjataan ulos {seconds} sekunnin kuluttua.',
    idleContinue: 'Jatkan työtä',
    roleChild: 'Lapsi tai nuori',
    roleParentOrRelative: 'Vanhempi tai läheinen',
    roleStaff: 'Työntekijä',
    roleMunicipalWorker: 'Lapsen asioista vastaava sosiaalityöntekijä',
    roleOther: 'Joku muu',
    categoryRights: 'Lapsen oikeudet',
    categorySelfDetermination: 'Oikeuksien rajoittaminen (esim. tavaroiden ottaminen pois)',
    categorySafety: 'Turvallisuus',
    categoryMistreatment: 'Huono kohtelu, väkivalta tai häirintä',
    categoryServiceQuality: 'Palvelun laatu',
    categoryOther: 'Jokin muu',
    harmNo: 'Ei',
    harmYes: 'Kyllä',
    harmUnknown: 'En tiedä',
  },
  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
