import type { EmojiSurveyMessages } from './messages.js';

/** Loaded when a widget speaks Swedish: pages in other languages do not download it. */
const messages: EmojiSurveyMessages = {
  faces3: 'Dåligt|Sådär|Bra',
  faces5: 'Jättedåligt|Dåligt|Sådär|Bra|Jättebra',
  skip: 'Jag vill inte svara',
  listen: 'Lyssna',
  listenTo: 'Lyssna: {word}',
  progress: 'Fråga {current} av {total}',
  warmUp: 'Vi övar först',
  movingOn: 'Nästa fråga kommer…',
  back: 'Tillbaka',
  next: 'Nästa',
  send: 'Skicka',
  choiceRequired: 'Välj ett ansikte eller ”Jag vill inte svara”.',
  helpTitle: 'Tack för att du berättade',
  helpEmergency: 'Om du är i fara just nu, ring nödnumret 112.',
  helpEmergencyCall: 'Ring 112',
  helpContinue: 'Fortsätt',
  thanks: 'Tack!',
  kioskNext: 'Snart kan nästa person svara.',
  idleWarning: 'Är du kvar? Svaren raderas om {seconds} sekunder.',
  idleContinue: 'Jag är här',
  loading: 'Enkäten laddas…',
  loadFailed: 'Enkäten kunde inte visas. Be en vuxen om hjälp.',
};

export default messages;
