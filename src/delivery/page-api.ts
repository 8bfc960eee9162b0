/** What the loader (dist/palaute.js) offers the page from the delivery code, in one import. */
export { configure, getConfig } from './configure.js';
export { getOutbox } from './shared-outbox.js';
