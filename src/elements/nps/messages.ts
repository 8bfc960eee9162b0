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

  sv: () => import('./messages.sv.js'),
  en: () => import('./messages.en.js'),
};
