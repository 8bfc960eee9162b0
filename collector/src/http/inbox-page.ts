/** The reports inbox as the collector serves it at /inbox (served-page.ts). */
import { packageScriptFile, scriptExists, type ServedPage } from './served-page.js';

export const INBOX_PAGE: ServedPage = {
  path: '/inbox',
  script: 'inbox/inbox.js',
  tag: 'palaute-report-inbox',
  title: 'Poikkeamailmoitukset',
  name: 'the inbox',
};

/** `dist/inbox/inbox.js` of the installed palaute package. */
export const inboxScriptFile = () => packageScriptFile(INBOX_PAGE);

export const inboxScriptExists = (file = inboxScriptFile()) => scriptExists(file);
