import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  defineConfig,
  runnerImport,
  type Connect,
  type Plugin,
  type PreviewServer,
  type UserConfig,
  type ViteDevServer,
} from 'vite';
import * as z from 'zod/mini';
import { envelopeSchema } from './src/schema/index.js';
import { surveySchema } from './src/elements/emoji-survey/survey-schema.js';
import { readySurveys } from './src/elements/emoji-survey/surveys.js';
import { LOADER_COPY, loaderOwnCopies, loaderWidgetImports } from './scripts/loader-widget-imports.js';
import { loaderIntegrity } from './scripts/loader-integrity.js';
import { loaderWidgets } from './scripts/loader-widgets.js';
import { notesKitCopies, pictureKitCopies } from './scripts/picture-kit-copies.js';
import { preloadManifest } from './scripts/preload-manifest.js';
import { ELEMENTS } from './scripts/widgets.js';

/**
 * `vite` serves the demo with its collector; `vite build` writes the package entries (lit, zod
 * and idb-keyval left to the user's bundler); `vite build --mode loader` writes dist/palaute.js,
 * the loader for a plain <script type="module">, with its chunks; `vite build --mode all-in-one`
 * writes dist/palaute.all.js, everything in one module; `vite build --mode inbox` writes
 * dist/inbox/inbox.js, the reports inbox in one module; `vite build --mode dashboard` writes
 * dist/dashboard/dashboard.js, the results dashboard in one module.
 */

/** Every element in the widget list (scripts/widgets.ts) is an entry of its own: dist/<folder>.js. */
const packageEntries = {
  index: resolve(import.meta.dirname, 'src/index.ts'),
  core: resolve(import.meta.dirname, 'src/delivery/index.ts'),
  schema: resolve(import.meta.dirname, 'src/schema/index.ts'),
  crypto: resolve(import.meta.dirname, 'src/crypto/index.ts'),
  surveys: resolve(import.meta.dirname, 'src/elements/emoji-survey/surveys.ts'),
  ...Object.fromEntries(
    ELEMENTS.map(({ folder }) => [folder, resolve(import.meta.dirname, 'src/elements', folder, 'define.ts')]),
  ),
};

/**
 * JSON Schema files for server implementers, generated from the same zod schemas: the envelope,
 * each kind's data (<kind>-data, every kind the envelope knows) and the survey format.
 */
function jsonSchemas(): Plugin {
  const kindData = envelopeSchema.def.options.map(
    (option) => [`${option.shape.kind.def.values[0]}-data`, option.shape.data] as const,
  );
  const schemas: Record<string, z.ZodMiniType> = {
    envelope: envelopeSchema,
    ...Object.fromEntries(kindData),
    survey: surveySchema,
  };
  return {
    name: 'palaute-json-schemas',
    generateBundle() {
      for (const [name, schema] of Object.entries(schemas)) {
        this.emitFile({
          type: 'asset',
          fileName: `schema/${name}.schema.json`,
          source: `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`,
        });
      }
      // The ready surveys as JSON too, for `src` and for sites that adapt them.
      for (const [name, survey] of Object.entries(readySurveys)) {
        this.emitFile({
          type: 'asset',
          fileName: `surveys/${name}.json`,
          source: `${JSON.stringify(survey, null, 2)}\n`,
        });
      }
    },
  };
}

/**
 * Lit's css`` literals ship as written. Folds comments and whitespace in *.styles.ts only; spaces
 * are kept where CSS needs them (descendant combinators, before ':' in selectors).
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'palaute-minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const folded = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${folded}\``;
      });
    },
  };
}

/** `npm start`: the demo pages, the ready surveys, and palaute-collector behind /v1. */
function demoServer(): Plugin {
  const dataDir = resolve(import.meta.dirname, 'demo/.data/collector');
  const surveys: Connect.NextHandleFunction = (req, res, next) => {
    // The ready surveys at the path where the build puts them (dist/surveys/<name>.json).
    const survey = readySurveys[(req.url ?? '').replace(/^\/|\.json$/g, '')];
    if (!survey) return next();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(survey));
  };
  const withCollector = async (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use('/surveys', surveys);
    // Imported only when a server starts, through Vite's module runner, so that loading this
    // config does not need palaute-collector built: `vite build` works on a fresh clone.
    const { module } = await runnerImport<typeof import('./demo/demo-collector.js')>(
      resolve(import.meta.dirname, 'demo/demo-collector.ts'),
    );
    const demo = await module.startDemoCollector(dataDir);
    server.middlewares.use(demo.middleware);
    server.httpServer?.once('close', () => void demo.close());
  };
  return {
    name: 'palaute-demo-server',
    apply: 'serve',
    configureServer: withCollector,
    configurePreviewServer: withCollector,
  };
}

/** A chunk's file name beside the loader: the widget's folder name where it is a widget. */
function loaderChunkName(chunk: { name: string; facadeModuleId: string | null }): string {
  const [, widget, part] =
    chunk.facadeModuleId?.match(/elements\/([\w-]+)\/(define|messages\.\w+)\.ts$/) ?? [];
  if (!widget) return `palaute-${chunk.name}-[hash:6].js`;
  return part === 'define' ? `palaute-${widget}-[hash:6].js` : `palaute-${widget}-${part}-[hash:6].js`;
}

/** For pages, not bundlers: minified ES modules that go to browsers as they are. */
function browserBuild(input: string, output: Record<string, unknown>, plugins: Plugin[] = []): UserConfig {
  return {
    plugins: [minifyCssLiterals(), ...plugins],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      // Library mode: dynamic imports stay plain import('./chunk.js'), resolved against the
      // loader's own URL, with no preload helper (0.9 KB) resolving against the site root.
      lib: { entry: input, formats: ['es'] },
      minify: true,
      rolldownOptions: {
        // Constants written where they are used (rolldown's default does so only in conditions):
        // a constant then goes only where it is used, and not into a chunk every page loads
        // because a lazy chunk uses it (REPORT_SUITE, issue 19: 54 B gzip on every page).
        optimization: { inlineConst: { mode: 'all' } },
        output: { minify: true, ...output },
      },
    },
  };
}

/**
 * dist/palaute.js: the loader, its chunks beside it. Few chunks, because each file compresses on
 * its own: the outbox (every page starts it), Lit and the kit code two or more widgets share, zod
 * (the widgets that validate outside input), and one per widget holding what only it uses. The
 * loader has its own copy of configure() and imports nothing statically; it imports a widget's
 * chunk together with the chunks that one imports (scripts/loader-widget-imports.ts).
 */
/** A chunk group's test: modules matching `pattern`, never the loader's own copies (loaderOwnCopies). */
const sharedModules = (pattern: RegExp) => (id: string) => pattern.test(id) && !id.endsWith(LOADER_COPY);

/**
 * Issue 24: the outbox's sender, which no widget needs before its first render: the Outbox, its
 * storage, schedules, lock, transport, dead letters, retention and migration.
 */
const SENDER_MODULES =
  /node_modules[\\/]idb-keyval|src[\\/]delivery[\\/](outbox|outbox-options|send-pass|send-state|sending-lock|transport|backoff|clock|dead-letters|retention|legacy-migration|idb-storage|durable-first-storage|memory-storage|pending-record|typed-event-target)\.ts/;

/**
 * Issue 24: the code that stores an answer, which no widget needs to draw itself: the early write
 * into IndexedDB and the sender's loader (src/kit/storing-code.ts loads it).
 */
const STORING_MODULES =
  /src[\\/](delivery[\\/](early-write|idb-database|timers|sender|sender-start)|kit[\\/]store-envelope)\.ts/;

/**
 * The sender's entry, in no group: a chunk of its own that imports the sender's, so that rolldown
 * needs no module object for it (its helper would be one more file, loaded before the storing code).
 */
const SENDER_ENTRY = /src[\\/]delivery[\\/]shared-outbox\.ts/;

/** Rolldown's runtime module (helpers such as the module object of a dynamic import). */
const ROLLDOWN_HELPERS = /rolldown[\\/]runtime\.js$/;

/**
 * Issue 24: kiosk mode's idle reset, its notice and the notice's styles, which a widget imports only
 * once it is a kiosk (src/kit/kiosk-idle.ts). Kept out of `runtime`, which every page loads before
 * the question is visible; they are then the chunk of that dynamic import (palaute-kiosk-idle-*),
 * importing only the runtime. No group of their own: one before `runtime` takes Lit along (a group
 * takes what its modules import), one after it adds rolldown's 150 B namespace helper as a chunk
 * the outbox would also import (measured).
 */
const KIOSK_MODULES = /src[\\/]kit[\\/](kiosk-idle|idle-controller|idle-notice\.styles)\.ts$/;

/** The loader's entry: loaderOwnCopies recognises the loader's own imports by this id. */
const loaderEntry = resolve(import.meta.dirname, 'src/loader.ts');
const loaderBuild = browserBuild(
  loaderEntry,
  {
    entryFileNames: 'palaute.js',
    chunkFileNames: loaderChunkName,
    codeSplitting: {
      groups: [
        // Issue 24: what widgets use of src/delivery to draw themselves (configure, the endpoint's
        // check, the envelope), in a small chunk of its own that the sender shares (in the runtime
        // it would bring Lit to a page with no widget). First: a group takes what its modules
        // import along, and the later groups import these.
        {
          name: 'delivery',
          test: (id: string) =>
            sharedModules(/src[\\/]delivery[\\/]/)(id) &&
            ![SENDER_MODULES, STORING_MODULES, SENDER_ENTRY].some((modules) => modules.test(id)),
        },
        // What stores an answer: loaded at the first touch or focus in a widget, or with the sender.
        // With rolldown's helper for the module objects of dynamic imports, which this chunk and
        // the sender's need: a file of its own would be one more round trip after this one.
        {
          name: 'storing',
          test: (id: string) => sharedModules(STORING_MODULES)(id) || ROLLDOWN_HELPERS.test(id),
        },
        // The sender, loaded at idle (src/delivery/sender.ts).
        { name: 'outbox', test: sharedModules(SENDER_MODULES) },
        // Lit and the kit code two or more widgets share. What one widget alone uses (the emoji
        // survey's read-aloud and @lit/task) stays in its chunk, so other pages do not download it;
        // kiosk mode's idle code stays in its own (KIOSK_MODULES).
        {
          name: 'runtime',
          minShareCount: 2,
          test: (id: string) =>
            sharedModules(
              /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](kit[\\/]|schema[\\/]constants)/,
            )(id) && !KIOSK_MODULES.test(id),
        },
        // zod and the schemas both validating widgets use; a schema only one uses stays in its chunk.
        {
          name: 'zod',
          minShareCount: 2,
          test: sharedModules(/node_modules[\\/]zod[\\/]|src[\\/]schema[\\/]/),
        },
      ],
    },
  },
  [
    loaderWidgets(import.meta.dirname),
    loaderOwnCopies(loaderEntry),
    pictureKitCopies(),
    notesKitCopies(),
    loaderWidgetImports('palaute.js'),
    // Issue 24: dist/preload.json, each widget's chunks for <link rel="modulepreload">.
    preloadManifest('palaute.js'),
    loaderIntegrity('palaute.js'),
  ],
);
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};
// The loader's copy of configure() and its chunks' share one configuration (src/delivery/configure.ts);
// the version keeps another version's loader on the same page apart.
const loader: UserConfig = {
  ...loaderBuild,
  define: { __PALAUTE_SHARED_CONFIG__: JSON.stringify(`palaute.config@${version}`) },
};

/** dist/palaute.all.js: every widget in one file, for those who want one request. */
const allInOne = browserBuild(packageEntries.index, {
  entryFileNames: 'palaute.all.js',
  codeSplitting: false,
});

const packageBuild: UserConfig = {
  // loaderWidgets: src/loader.ts, unbuilt, under the dev server.
  plugins: [demoServer(), jsonSchemas(), minifyCssLiterals(), loaderWidgets(import.meta.dirname)],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    lib: { entry: packageEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, 'idb-keyval'],
      // A known folder for shared chunks, so package.json's sideEffects can name them.
      output: { chunkFileNames: 'chunks/[name]-[hash:6].js' },
    },
  },
};

/**
 * dist/inbox/inbox.js: `<palaute-report-inbox>` with Lit and its languages in one module, which the
 * collector serves at /inbox/inbox.js (same origin as its API, a strict CSP, nothing else loaded).
 */
const inbox = browserBuild(resolve(import.meta.dirname, 'src/elements/report-inbox/define.ts'), {
  entryFileNames: 'inbox/inbox.js',
  codeSplitting: false,
});

/**
 * dist/dashboard/dashboard.js: `<palaute-dashboard>` with Lit and its languages in one module, which
 * the collector serves at / (same origin as its API, the same strict CSP as the inbox).
 */
const dashboard = browserBuild(resolve(import.meta.dirname, 'src/elements/dashboard/define.ts'), {
  entryFileNames: 'dashboard/dashboard.js',
  codeSplitting: false,
});

const builds: Record<string, UserConfig> = { loader, 'all-in-one': allInOne, inbox, dashboard };

export default defineConfig(({ mode }) => builds[mode] ?? packageBuild);
