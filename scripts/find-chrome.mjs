/**
 * Finds a Chromium or Chrome: $CHROME_PATH, then the usual install paths. Kept for the scripts and
 * Node tests that only need Chromium; the search for all three engines is in find-browsers.mjs.
 */
import { CHROME_ARGS, findChrome } from './find-browsers.mjs';

export { CHROME_ARGS, findChrome };

// `node scripts/find-chrome.mjs` prints the browser's path, or says what to install and exits 1.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
