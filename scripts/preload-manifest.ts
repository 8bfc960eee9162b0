import type { Plugin, Rollup } from 'vite';

/** What dist/preload.json holds: for a page that knows its widgets, what to preload. */
export interface PreloadManifest {
  /** The loader, relative to dist/ like every file named here. */
  loader: string;
  /**
   * Per widget tag: `modules`, its chunk and every chunk that imports statically (what the loader
   * fetches before the widget can render: a `<link rel="modulepreload">` each); `messages`, its
   * Swedish and English texts' chunks, to preload where the page is in that language.
   */
  widgets: Record<string, { modules: string[]; messages: Record<string, string> }>;
}

/**
 * Writes dist/preload.json beside the loader (issue 24), so a template or a server-side include
 * can write the widget's chunks as `<link rel="modulepreload">` in the page's head: the browser
 * then fetches them with the loader, not after the loader has run.
 */
export function preloadManifest(loaderFile: string): Plugin {
  return {
    name: 'palaute-preload-manifest',
    generateBundle(_, bundle) {
      if (bundle[loaderFile]?.type !== 'chunk') return;
      const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const manifest: PreloadManifest = { loader: loaderFile, widgets: {} };
      for (const chunk of chunks) {
        const folder = chunk.facadeModuleId?.match(/elements[\\/]([\w-]+)[\\/]define\.ts$/)?.[1];
        if (!folder) continue;
        const modules = new Set<string>();
        const visit = (file: string) => {
          if (modules.has(file)) return;
          modules.add(file);
          byName.get(file)?.imports.forEach(visit);
        };
        visit(chunk.fileName);
        const messages: Record<string, string> = {};
        for (const file of chunk.dynamicImports) {
          const language = file.match(/-messages\.(\w+)-/)?.[1];
          if (language) messages[language] = file;
        }
        manifest.widgets[`palaute-${folder}`] = { modules: [...modules], messages };
      }
      this.emitFile({
        type: 'asset',
        fileName: 'preload.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
    },
  };
}
