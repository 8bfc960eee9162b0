import type { Plugin, Rollup } from 'vite';

/** The string in src/loader.ts that the build replaces with what each widget's chunk imports. */
export const WIDGET_IMPORTS_PLACEHOLDER = '__PALAUTE_WIDGET_IMPORTS__';

/**
 * Writes into the loader, for each widget, the chunks its chunk imports (all the way down) and its
 * messages' chunks by language, so the loader imports them together with it. Otherwise the browser
 * learns of the runtime and the outbox only after the widget's chunk has arrived and been parsed,
 * and of the Swedish messages only once the widget asks for them: a round trip more each before
 * the widget shows.
 *
 * Fails the build where that would go wrong: the loader importing a chunk statically (every
 * widget would wait for it), a chunk importing the loader (a page loading palaute.js?v=2 would
 * then run a second loader), chunks importing each other in a circle (imported
 * as separate starting points, they could run in the wrong order), or a widget the loader knows
 * whose chunk it cannot find.
 */
export function loaderWidgetImports(loaderFile: string): Plugin {
  return {
    name: 'palaute-loader-widget-imports',
    generateBundle(_, bundle) {
      const loader = bundle[loaderFile];
      if (loader?.type !== 'chunk') return;
      const fail = (message: string): never => this.error(`${loaderFile}: ${message}`);
      const importsOf = (file: string): string[] => {
        const chunk = bundle[file];
        return chunk?.type === 'chunk' ? chunk.imports : [];
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.imports.includes(loaderFile)) {
          fail(`${chunk.fileName} imports the loader; move what it imports from there into a chunk`);
        }
      }
      if (loader.imports.length > 0) {
        fail(
          `imports ${loader.imports.join(', ')} statically; every widget would wait for it (see loaderOwnCopies)`,
        );
      }
      const circle = findCircle(bundle);
      if (circle) fail(`chunks import each other in a circle: ${circle.join(' → ')}`);

      const widgetImports: Record<string, { imports: string[]; messages: Record<string, string> }> = {};
      for (const chunk of Object.values(bundle)) {
        const folder =
          chunk.type === 'chunk' && chunk.facadeModuleId?.match(/elements[\\/]([\w-]+)[\\/]define\.ts$/)?.[1];
        if (!folder) continue;
        const tag = `palaute-${folder}`;
        if (!new RegExp(`["'\`]${tag}["'\`]`).test(loader.code)) {
          fail(`the widget chunk ${chunk.fileName} is not for a tag the loader knows (${tag})`);
        }
        const found = new Set<string>();
        const visit = (file: string) => {
          for (const dependency of importsOf(file)) {
            if (found.has(dependency)) continue;
            found.add(dependency);
            visit(dependency);
          }
        };
        visit(chunk.fileName);
        const messages: Record<string, string> = {};
        for (const file of chunk.type === 'chunk' ? chunk.dynamicImports : []) {
          const language = file.match(/-messages\.(\w+)-/)?.[1];
          if (language) messages[language] = file;
        }
        widgetImports[tag] = {
          imports: [...found].filter((file) => !loader.imports.includes(file)),
          messages,
        };
      }
      const placeholder = new RegExp(`(["'\`])${WIDGET_IMPORTS_PLACEHOLDER}\\1`);
      if (!placeholder.test(loader.code))
        fail(`no ${WIDGET_IMPORTS_PLACEHOLDER} to fill in (see src/loader.ts)`);
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(widgetImports));
    },
  };
}

/** A circle of static imports between the bundle's chunks, if there is one. */
function findCircle(bundle: Rollup.OutputBundle): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') return undefined;
    path.push(file);
    for (const dependency of chunk.imports) {
      const circle = visit(dependency);
      if (circle) return circle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of Object.keys(bundle)) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

/**
 * The loader's own copies of the shared code it needs (configure(), resolving a language): what it
 * imports statically, and what those import, resolve to module ids of their own, so the bundler
 * puts the copies in the loader while the chunks keep theirs. The loader then imports nothing
 * before it can ask for a widget's chunks: one round trip less before a widget shows. (The
 * configuration's state is shared between the copies through the global object: configure.ts.)
 * Its dynamic imports, the widgets and the outbox, are left to the bundler.
 */
export const LOADER_COPY = '?loader-copy';

export function loaderOwnCopies(loaderEntry: string): Plugin {
  return {
    name: 'palaute-loader-own-copies',
    // Before Vite's own resolver, which would otherwise answer first.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const kind = (options as { kind?: string }).kind;
      const inLoader = importer === loaderEntry || importer?.endsWith(LOADER_COPY);
      if (!importer || !inLoader || kind === 'dynamic-import' || !source.startsWith('.')) return null;
      const from = importer.slice(
        0,
        importer.length - (importer.endsWith(LOADER_COPY) ? LOADER_COPY.length : 0),
      );
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      return resolved && !resolved.external ? { ...resolved, id: `${resolved.id}${LOADER_COPY}` } : null;
    },
  };
}
