/** `palaute/results`: registers `<palaute-results>`. Not part of the loader: it is for intranets. */
import { PalauteResults } from './palaute-results.js';

if (!customElements.get('palaute-results')) customElements.define('palaute-results', PalauteResults);

export { PalauteResults };
export { resultsMessages, type ResultsMessages } from './messages.js';
export type { NpsResultsDocument, NpsResultsGroup, ResultBucket } from '../../schema/results.js';
