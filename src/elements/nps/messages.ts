import type { Catalog } from '../../kit/i18n.js';

/** Every text `<palaute-nps>` shows. Placeholders in braces are filled in by the widget. */
export interface NpsMessages {
  question: string;
  lowLabel: string;
  highLabel: string;
  scoreRequired: string;
  next: string;
  back: string;
  send: string;
  commentLabel: string;
  commentHint: string;
  /** `{count}` characters typed of `{max}`. */
  commentCounter: string;
  /** Announced to screen readers near the limit. */
  commentRemaining: string;
  thanks: string;
  statusStored: string;
  statusRetrying: string;
  statusDelivered: string;
  statusFailed: string;
  kioskNext: string;
  /** Kiosk mode: the notice before an unfinished answer is cleared for inactivity, and its button. */
  idleWarning: string;
  idleContinue: string;
}

export const npsMessages: Catalog<NpsMessages> = {
  fi: {
    question: 'Kuinka todennäköisesti suosittelisit palveluamme läheisellesi tai kollegallesi?',
    lowLabel: '0 = ei lainkaan todennäköisesti',
    highLabel: '10 = erittäin todennäköisesti',
    scoreRequired: 'Valitse luku nollasta kymmeneen.',
    next: 'Seuraava',
    back: 'Takaisin',
    send: 'Lähetä',
    commentLabel: 'Mikä on tärkein syy arvioosi? (vapaaehtoinen)',
    commentHint: 'Älä kirjoita nimiä tai muita tietoja, joiden perusteella joku voidaan tunnistaa.',
    commentCounter: '{count} / {max} merkkiä',
    commentRemaining: '{remaining} merkkiä jäljellä',
    thanks: 'Kiitos vastauksestasi!',
    statusStored: 'Vastauksesi on tallennettu.',
    statusRetrying:
      'Yhteys ei toimi juuri nyt. Vastauksesi on tallessa tällä laitteella, ja se lähetetään automaattisesti, kun yhteys palaa.',
    statusDelivered: 'Vastauksesi on lähetetty.',
    statusFailed: 'Vastausta ei voitu lähettää. Se on tallessa tällä laitteella.',
    kioskNext: 'Seuraava vastaaja voi aloittaa hetken kuluttua.',
    idleWarning: 'Oletko vielä siellä? Vastauksesi pyyhitään {seconds} sekunnin päästä.',
    idleContinue: 'Tarvitsen lisää aikaa',
  },
  sv: {
    question: 'Hur sannolikt är det att du skulle rekommendera vår tjänst till en närstående eller kollega?',
    lowLabel: '0 = inte alls sannolikt',
    highLabel: '10 = mycket sannolikt',
    scoreRequired: 'Välj ett tal från noll till tio.',
    next: 'Nästa',
    back: 'Tillbaka',
    send: 'Skicka',
    commentLabel: 'Vad är den viktigaste orsaken till ditt betyg? (frivilligt)',
    commentHint: 'Skriv inte namn eller andra uppgifter som kan avslöja vem någon är.',
    commentCounter: '{count} / {max} tecken',
    commentRemaining: '{remaining} tecken kvar',
    thanks: 'Tack för ditt svar!',
    statusStored: 'Ditt svar har sparats.',
    statusRetrying:
      'Anslutningen fungerar inte just nu. Ditt svar är sparat på den här enheten och skickas automatiskt när anslutningen fungerar igen.',
    statusDelivered: 'Ditt svar har skickats.',
    statusFailed: 'Svaret kunde inte skickas. Det är sparat på den här enheten.',
    kioskNext: 'Nästa person kan snart börja.',
    idleWarning: 'Är du kvar? Ditt svar raderas om {seconds} sekunder.',
    idleContinue: 'Jag behöver mer tid',
  },
  en: {
    question: 'How likely are you to recommend our service to someone close to you or a colleague?',
    lowLabel: '0 = not at all likely',
    highLabel: '10 = extremely likely',
    scoreRequired: 'Choose a number from zero to ten.',
    next: 'Next',
    back: 'Back',
    send: 'Send',
    commentLabel: 'What is the main reason for your score? (optional)',
    commentHint: 'Please do not write names or anything else that could identify someone.',
    commentCounter: '{count} / {max} characters',
    commentRemaining: '{remaining} characters left',
    thanks: 'Thank you for your answer!',
    statusStored: 'Your answer has been saved.',
    statusRetrying:
      'The connection is not working right now. Your answer is saved on this device and will be sent automatically when the connection is back.',
    statusDelivered: 'Your answer has been sent.',
    statusFailed: 'Your answer could not be sent. It is saved on this device.',
    kioskNext: 'The next person can start in a moment.',
    idleWarning: 'Are you still there? Your answer will be cleared in {seconds} seconds.',
    idleContinue: 'I need more time',
  },
};
