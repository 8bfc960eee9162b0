/** `palaute/you-said-we-did`: registers `<palaute-you-said-we-did>`. */
import { PalauteYouSaidWeDid } from './palaute-you-said-we-did.js';

// Stores no answers, so it does not start the outbox (defineElement would).
if (!customElements.get('palaute-you-said-we-did')) {
  customElements.define('palaute-you-said-we-did', PalauteYouSaidWeDid);
}

export { PalauteYouSaidWeDid };
export { youSaidWeDidMessages, type YouSaidWeDidMessages } from './messages.js';
export type { PublicNote } from '../../kit/notes/public-notes.js';
