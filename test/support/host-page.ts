/**
 * Host pages as sites really are: light, dark (the page's own dark theme, with the reader's
 * dark preference), and Windows high contrast (forced colours). Where an engine cannot emulate a
 * media feature the test is skipped with its reason (test/support/engine-features.ts).
 */
import { emulateMediaOrSkip, endMediaEmulation, type MediaFeature } from './engine-features.js';

export type HostPage = 'light' | 'dark' | 'dark page, light preference' | 'forced colours';

export const HOST_PAGES: HostPage[] = ['light', 'dark', 'dark page, light preference', 'forced colours'];

/** A page theme's colours: the page paints them on html and body; widgets sit on top. */
const PAGE_COLOURS = {
  light: { background: '#ffffff', color: '#1b1b1b' },
  dark: { background: '#121212', color: '#e8e8e8' },
};

/** The media features each host page needs emulated; a light page is the engines' default. */
const MEDIA: Record<HostPage, MediaFeature[]> = {
  light: [],
  dark: [{ name: 'prefers-color-scheme', value: 'dark' }],
  'dark page, light preference': [],
  'forced colours': [{ name: 'forced-colors', value: 'active' }],
};

/** Paints the page and emulates its media; skips the test where this engine cannot emulate them. */
export async function useHostPage(ctx: Mocha.Context, host: HostPage): Promise<void> {
  const darkPage = host === 'dark' || host === 'dark page, light preference';
  const { background, color } = PAGE_COLOURS[darkPage ? 'dark' : 'light'];
  for (const node of [document.documentElement, document.body]) {
    node.style.background = background;
    node.style.color = color;
  }
  if (MEDIA[host].length > 0) await emulateMediaOrSkip(ctx, MEDIA[host]);
}

export async function resetHostPage(): Promise<void> {
  for (const node of [document.documentElement, document.body]) node.removeAttribute('style');
  await endMediaEmulation([...MEDIA.dark, ...MEDIA['forced colours']]);
}

/** WCAG contrast ratio of two computed `rgb()` colours (alpha ignored: give opaque ones). */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
