import type { Plugin } from 'vite';

/**
 * The modules the meeting survey shares with one other widget: with the emoji survey the picture
 * kit (faces, read-aloud, the speaker icon) and, for a site's own survey, reading survey JSON and
 * its texts and problems; with the NPS the 0–10 scale and
 * the delivery status line.
 */
const PICTURE_KIT =
  /[\\/]src[\\/](kit[\\/](face|read-aloud|listen-button|icons|number-scale|delivery-status|survey-json)[^\\/]*|schema[\\/](localized-text|describe-issues))\.ts$/;
const MEETING_SURVEY = /[\\/]src[\\/]elements[\\/]meeting-survey[\\/]/;
export const MEETING_COPY = '?meeting-copy';

/**
 * What <palaute-you-said-we-did> (issue 22) shares with the emoji survey alone: read-aloud, the
 * speaker icon, @lit/task, and the notes' reading and view (the emoji survey's closing note).
 * Shared, they would go into the runtime every page loads: measured, +9,942 B gzip on the NPS
 * page, zod included, which the notes' schema pulled in with them.
 */
const NOTES_KIT =
  /[\\/]src[\\/]kit[\\/](read-aloud|listen-button|icons|notes[\\/])[^\\/]*\.ts$|[\\/]node_modules[\\/]@lit[\\/]task[\\/]/;
const YOU_SAID_WE_DID = /[\\/]src[\\/]elements[\\/]you-said-we-did[\\/]/;
export const NOTES_COPY = '?notes-copy';

/**
 * An element's own copies of modules it shares with one other widget, for the loader's chunks:
 * shared, they would be a chunk of their own (or go into the runtime every page loads), which
 * the other widget's page pays for in an extra file (compressed apart) it did not have. Copied,
 * each page downloads what it did before; only a page with both carries them twice. One source
 * still. Measured for the 0–10 scale (issue 21): in the runtime, +480 B on the emoji survey's
 * page and +475 B on the deviation form's; a chunk of its own, +318 B on the NPS page and +405 B
 * on the meeting survey's.
 */
function ownCopies(name: string, element: RegExp, shared: RegExp, suffix: string): Plugin {
  return {
    name,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const fromElement = element.test(importer) || importer.endsWith(suffix);
      if (!fromElement) return null;
      const from = importer.endsWith(suffix) ? importer.slice(0, -suffix.length) : importer;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !shared.test(resolved.id)) return null;
      return { ...resolved, id: `${resolved.id}${suffix}` };
    },
  };
}

/** The meeting survey's copies of the picture kit and the 0–10 scale. */
export const pictureKitCopies = () =>
  ownCopies('palaute-picture-kit-copies', MEETING_SURVEY, PICTURE_KIT, MEETING_COPY);

/** <palaute-you-said-we-did>'s copies of read-aloud, @lit/task and the notes' kit. */
export const notesKitCopies = () =>
  ownCopies('palaute-notes-kit-copies', YOU_SAID_WE_DID, NOTES_KIT, NOTES_COPY);
