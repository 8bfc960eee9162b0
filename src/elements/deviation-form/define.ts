/** `palaute/deviation-form`: registers `<palaute-deviation-form>`. */
import { defineElement } from '../../kit/define.js';
import { PalauteDeviationForm } from './palaute-deviation-form.js';

defineElement('palaute-deviation-form', PalauteDeviationForm);

export { PalauteDeviationForm };
export { deviationFormMessages, type DeviationFormMessages } from './messages.js';
