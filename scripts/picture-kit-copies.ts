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
 * The meeting survey's own copies of those modules, for the loader's chunks: shared with the
 * emoji survey or the NPS, they would be a chunk of their own (or go into the runtime every page
 * loads), which the other widget's page pays for in an extra file (compressed apart) it did not
 * have. Copied, each page downloads what it did before; only a page with both carries them twice
 * (about 2 KB with the emoji survey). One source still. Measured for the 0–10 scale (issue 21):
 * in the runtime, +480 B on the emoji survey's page and +475 B on the deviation form's; a chunk
 * of its own, +318 B on the NPS page and +405 B on the meeting survey's.
 */
export function pictureKitCopies(): Plugin {
  return {
    name: 'palaute-picture-kit-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const fromMeeting = MEETING_SURVEY.test(importer) || importer.endsWith(MEETING_COPY);
      if (!fromMeeting) return null;
      const from = importer.endsWith(MEETING_COPY) ? importer.slice(0, -MEETING_COPY.length) : importer;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !PICTURE_KIT.test(resolved.id)) return null;
      return { ...resolved, id: `${resolved.id}${MEETING_COPY}` };
    },
  };
}
