import type { Plugin } from 'vite';

/** The string in src/loader.ts that the build replaces with what each widget's chunk imports. */
export const WIDGET_IMPORTS_PLACEHOLDER = '__PALAUTE_WIDGET_IMPORTS__';

/**
 * Writes into the loader, for each widget, the chunks its chunk imports (all the way down), so
 * the loader imports them together with it. Otherwise the browser learns of the runtime and the
 * outbox only after the widget's chunk has arrived and been parsed: one more round trip before
 * the widget shows. Chunks the loader itself imports statically are left out.
 */
export function loaderWidgetImports(loaderFile: string): Plugin {
  return {
    name: 'palaute-loader-widget-imports',
    generateBundle(_, bundle) {
      const loader = bundle[loaderFile];
      if (loader?.type !== 'chunk') return;
      const importsOf = (file: string): string[] => {
        const chunk = bundle[file];
        return chunk?.type === 'chunk' ? chunk.imports : [];
      };
      const widgetImports: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        const widget =
          chunk.type === 'chunk' && chunk.facadeModuleId?.match(/elements\/([\w-]+)\/define\.ts$/)?.[1];
        if (!widget) continue;
        const found = new Set<string>();
        const visit = (file: string) => {
          for (const dependency of importsOf(file)) {
            if (found.has(dependency) || dependency === loaderFile) continue;
            found.add(dependency);
            visit(dependency);
          }
        };
        visit(chunk.fileName);
        widgetImports[`palaute-${widget}`] = [...found].filter((file) => !loader.imports.includes(file));
      }
      const placeholder = new RegExp(`(["'\`])${WIDGET_IMPORTS_PLACEHOLDER}\\1`);
      if (!placeholder.test(loader.code)) {
        this.error(`${loaderFile} has no ${WIDGET_IMPORTS_PLACEHOLDER} to fill in (see src/loader.ts)`);
      }
      loader.code = loader.code.replace(placeholder, JSON.stringify(widgetImports));
    },
  };
}
