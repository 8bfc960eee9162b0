import type { DeviationFormMessages } from './messages.js';

/** Loaded when a widget speaks Swedish: pages in other languages do not download it. */
const messages: DeviationFormMessages = {
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
};

export default messages;
