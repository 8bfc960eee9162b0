import type { NpsMessages } from './messages.js';

/** Loaded when a widget speaks Swedish: pages in other languages do not download it. */
const messages: NpsMessages = {
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
};

export default messages;
