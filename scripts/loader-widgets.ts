import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LOADER_ELEMENTS, tagOf } from './widgets.js';

/** What src/loader.ts imports its widget map from; only the loader build can resolve it. */
export const LOADER_WIDGETS = 'virtual:palaute/loader-widgets';
const resolvedId = `\0${LOADER_WIDGETS}`;

/**
 * The loader's map from each answer widget's (and public-page element's) tag to the import of its chunk, written from
 * scripts/widgets.ts, so a new widget is not added to the loader by hand. The imports are literal
 * so that the bundler splits each widget into its own chunk.
 */
export function loaderWidgets(root: string): Plugin {
  return {
    name: 'palaute-loader-widgets',
    resolveId: (source) => (source === LOADER_WIDGETS ? resolvedId : null),
    load(id) {
      if (id !== resolvedId) return null;
      const entries = LOADER_ELEMENTS.map(({ folder }) => {
        const define = resolve(root, 'src/elements', folder, 'define.ts');
        return `  ${JSON.stringify(tagOf(folder))}: () => import(${JSON.stringify(define)}),`;
      });
      return `export default {\n${entries.join('\n')}\n};\n`;
    },
  };
}
