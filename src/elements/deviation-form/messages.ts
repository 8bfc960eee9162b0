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
  sv: {
    title: 'Berätta om något är fel eller farligt',
    intro:
      'Berätta för oss om ett barn behandlas fel, om något är farligt eller om tjänsten inte fungerar som den ska. Du kan anmäla anonymt.',
    emergency: 'Om ett barn är i omedelbar fara, ring nödnumret 112.',
    emergencyCall: 'Ring 112',
    privacy:
      'Anmälan läses bara av de anställda som behandlar anmälningar. Ditt namn sparas inte om du inte själv anger det.',
    privacyLink: 'Läs dataskyddsbeskrivningen',
    roleLegend: 'Vem är du?',
    roleChild: 'Barn eller ungdom',
    roleParentOrRelative: 'Förälder eller närstående',
    roleStaff: 'Anställd',
    roleMunicipalWorker: 'Barnets socialarbetare',
    roleOther: 'Någon annan',
    categoryLegend: 'Vad gäller anmälan?',
    categoryRights: 'Barnets rättigheter',
    categorySelfDetermination: 'Begränsning av rättigheter (t.ex. att saker tas bort)',
    categorySafety: 'Säkerhet',
    categoryMistreatment: 'Dåligt bemötande, våld eller trakasserier',
    categoryServiceQuality: 'Tjänstens kvalitet',
    categoryOther: 'Något annat',
    descriptionLabel: 'Vad hände?',
    descriptionHint: 'Berätta med egna ord vad som hände. Minst en mening.',
    counter: '{count} / {max} tecken',
    occurredAtLabel: 'När hände det? (frivilligt)',
    locationLabel: 'Var hände det? (frivilligt)',
    harmLegend: 'Skadades någon eller utsattes någon för fara?',
    harmNo: 'Nej',
    harmYes: 'Ja',
    harmUnknown: 'Jag vet inte',
    hopedOutcomeLabel: 'Vad hoppas du ska hända härnäst? (frivilligt)',
    contactLegend: 'Kontaktuppgifter',
    anonymousNote: 'Anmälan är anonym om du inte väljer något annat.',
    giveContact: 'Jag vill att någon kontaktar mig',
    nameLabel: 'Namn (frivilligt)',
    emailLabel: 'E-post',
    phoneLabel: 'Telefonnummer',
    contactHint: 'Ange e-post, telefonnummer eller båda.',
    consent: 'Ni får kontakta mig med anledning av den här anmälan.',
    send: 'Skicka anmälan',
    summaryTitle: 'Rätta de här punkterna:',
    errorRole: 'Välj vem du är.',
    errorCategory: 'Välj vad anmälan gäller.',
    errorDescriptionShort: 'Berätta om det som hände med minst en mening ({min} tecken).',
    errorDescriptionLong: 'Texten är för lång: högst {max} tecken.',
    errorDate: 'Välj ett datum i kalendern.',
    errorDateFuture: 'Datumet kan inte vara i framtiden.',
    errorHarm: 'Välj ett alternativ.',
    errorTooLong: 'Texten är för lång.',
    errorEmail: 'Kontrollera e-postadressen, till exempel namn@exempel.fi.',
    errorPhone: 'Kontrollera telefonnumret, till exempel 040 123 4567.',
    errorContact: 'Ange e-post eller telefonnummer.',
    errorConsent:
      'Kryssa i ”Ni får kontakta mig med anledning av den här anmälan” eller ta bort krysset vid ”Jag vill att någon kontaktar mig”.',
    receiptTitle: 'Tack för din anmälan.',
    receiptStored: 'Din anmälan har sparats och skickas för behandling.',
    receiptRetrying:
      'Anslutningen fungerar inte just nu. Din anmälan är sparad på den här enheten och skickas automatiskt när anslutningen fungerar igen.',
    receiptDelivered: 'Din anmälan har skickats för behandling.',
    receiptFailed:
      'Anmälan kunde inte skickas. Den är sparad på den här enheten. Berätta det för en anställd och ge hen referenskoden.',
    receiptCode: 'Referenskod: {code}',
    receiptNext:
      'Anmälan går till den som ansvarar för att behandla ärendet. Om du angav kontaktuppgifter kontaktar vi dig.',
    receiptRights:
      'Om dina rättigheter begränsas pratar vi med dig om det, och du får veta hur du kan överklaga.',
    receiptComplain:
      'Om du inte är nöjd kan du göra en anmärkning. Då berättar du skriftligt vad du är missnöjd med. Anmärkningen lämnas till den som ansvarar för den här tjänsten. Du kan också klaga hos Tillstånds- och tillsynsverket. Det är en statlig myndighet som övervakar tjänsterna. Socialombudsmannen ger dig gratis råd.',
    newReport: 'Gör en ny anmälan',
    kioskNext: 'Formuläret töms snart för nästa person.',
    idleWarning: 'Är du kvar? Formuläret töms om {seconds} sekunder så att nästa person inte ser det.',
    idleContinue: 'Jag behöver mer tid',
  },
  en: {
    title: 'Tell us if something is wrong or dangerous',
    intro:
      'Tell us if a child is treated wrongly, if something is dangerous or if the service does not work as it should. You can report anonymously.',
    emergency: 'If a child is in immediate danger, call the emergency number 112.',
    emergencyCall: 'Call 112',
    privacy:
      'Reports are read only by the staff who handle them. Your name is not stored unless you give it yourself.',
    privacyLink: 'Read the privacy notice',
    roleLegend: 'Who are you?',
    roleChild: 'A child or young person',
    roleParentOrRelative: 'A parent or relative',
    roleStaff: 'A staff member',
    roleMunicipalWorker: "The child's social worker",
    roleOther: 'Someone else',
    categoryLegend: 'What is the report about?',
    categoryRights: "A child's rights",
    categorySelfDetermination: 'Rights being restricted (e.g. things taken away)',
    categorySafety: 'Safety',
    categoryMistreatment: 'Bad treatment, violence or harassment',
    categoryServiceQuality: 'Quality of the service',
    categoryOther: 'Something else',
    descriptionLabel: 'What happened?',
    descriptionHint: 'Tell us in your own words what happened. At least one sentence.',
    counter: '{count} / {max} characters',
    occurredAtLabel: 'When did it happen? (optional)',
    locationLabel: 'Where did it happen? (optional)',
    harmLegend: 'Was anyone hurt or put at risk?',
    harmNo: 'No',
    harmYes: 'Yes',
    harmUnknown: "I don't know",
    hopedOutcomeLabel: 'What would you like to happen next? (optional)',
    contactLegend: 'Contact details',
    anonymousNote: 'The report is anonymous unless you choose otherwise.',
    giveContact: 'I would like someone to contact me',
    nameLabel: 'Name (optional)',
    emailLabel: 'Email',
    phoneLabel: 'Phone number',
    contactHint: 'Give an email address, a phone number or both.',
    consent: 'You may contact me about this report.',
    send: 'Send the report',
    summaryTitle: 'Please correct these:',
    errorRole: 'Choose who you are.',
    errorCategory: 'Choose what the report is about.',
    errorDescriptionShort: 'Tell us what happened in at least one sentence ({min} characters).',
    errorDescriptionLong: 'The text is too long: at most {max} characters.',
    errorDate: 'Pick a date from the calendar.',
    errorDateFuture: 'The date cannot be in the future.',
    errorHarm: 'Choose one option.',
    errorTooLong: 'The text is too long.',
    errorEmail: 'Check the email address, for example name@example.fi.',
    errorPhone: 'Check the phone number, for example 040 123 4567.',
    errorContact: 'Give an email address or a phone number.',
    errorConsent:
      'Tick “You may contact me about this report”, or untick “I would like someone to contact me”.',
    receiptTitle: 'Thank you for your report.',
    receiptStored: 'Your report has been saved and will be sent for handling.',
    receiptRetrying:
      'The connection is not working right now. Your report is saved on this device and will be sent automatically when the connection is back.',
    receiptDelivered: 'Your report has been sent for handling.',
    receiptFailed:
      'Your report could not be sent. It is saved on this device. Please tell a member of staff and give them the reference code.',
    receiptCode: 'Reference code: {code}',
    receiptNext:
      'The report goes to the person responsible for handling it. If you gave your contact details, we will contact you.',
    receiptRights:
      'If your rights are restricted, we talk about it with you and tell you how you can appeal.',
    receiptComplain:
      'If you are not satisfied, you can make an objection. This means you write down what you are unhappy with. The objection goes to the person in charge of this service. You can also complain to the Finnish Supervisory Agency. It is the national authority that oversees services. The social ombudsman gives you free advice.',
    newReport: 'Make another report',
    kioskNext: 'The form will be cleared for the next person in a moment.',
    idleWarning:
      'Are you still there? The form will be cleared in {seconds} seconds so that the next person does not see it.',
    idleContinue: 'I need more time',
  },
};
