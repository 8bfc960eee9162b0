/** `palaute/nps`: registers `<palaute-nps>`. */
import { defineElement } from '../../core/define.js';
import { PalauteNps } from './palaute-nps.js';

defineElement('palaute-nps', PalauteNps);

export { PalauteNps };
export { npsMessages, type NpsMessages } from './messages.js';
