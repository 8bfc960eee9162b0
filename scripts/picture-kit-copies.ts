import type { Plugin } from 'vite';

/** The kit modules only the picture widgets use: faces, read-aloud, the speaker icon. */
const PICTURE_KIT = /[\\/]src[\\/]kit[\\/](face|read-aloud|listen-button|icons)[^\\/]*\.ts$/;
const MEETING_SURVEY = /[\\/]src[\\/]elements[\\/]meeting-survey[\\/]/;
export const MEETING_COPY = '?meeting-copy';

/**
 * The meeting survey's own copies of the picture kit, for the loader's chunks: shared with the
 * emoji survey, these modules would be a chunk of their own, which the emoji survey's page pays
 * for in an extra file (compressed apart) it did not have. Copied, each page downloads what it
 * did before; only a page with both surveys carries them twice (about 2 KB). One source still.
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
