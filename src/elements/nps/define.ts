/** `palaute/nps`: registers `<palaute-nps>`. */
import { defineElement } from '../../kit/define.js';
import { PalauteNps } from './palaute-nps.js';

defineElement('palaute-nps', PalauteNps);

export { PalauteNps };
export { npsMessages, type NpsMessages } from './messages.js';
