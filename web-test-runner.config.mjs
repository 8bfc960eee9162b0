import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedEngines } from './scripts/find-browsers.mjs';
import {
  a11ySnapshotPlugin,
  cloneSafeMessagesPlugin,
  emulateMediaFeaturesPlugin,
} from './scripts/wtr-commands.mjs';
import { LAUNCHERS } from './scripts/wtr-launchers.mjs';
import { cdnOrigin } from './test/support/cdn-origin.mjs';
import { testCollector } from './test/support/test-collector.mjs';
import { testEndpoint } from './test/support/test-endpoint.mjs';

// PALAUTE_BROWSERS=chromium,firefox,webkit (any subset, comma separated); all three when unset.
const engines = selectedEngines();

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    // `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`;
    // on an engine that cannot emulate, it says so (see scripts/wtr-commands.mjs).
    emulateMediaFeaturesPlugin(),
    a11ySnapshotPlugin(),
    // A failed assertion on DOM nodes is reported instead of losing the whole file's results.
    cloneSafeMessagesPlugin(),
  ],
  // cdnOrigin: dist/ from a second server, another origin (test/dist/loader-cdn.test.ts);
  // testCollector: a real PGlite collector per test on request (test/support/test-collector.mjs).
  middleware: [testEndpoint(), cdnOrigin(), testCollector()],
  browsers: engines.map((engine) => LAUNCHERS[engine]()),
  // Two cores: one test page at a time keeps timing-dependent delivery tests steady.
  concurrency: 1,
  // The engines run one after another, not side by side, for the same reason.
  concurrentBrowsers: 1,
  // A file that starts a real collector and seeds it (the dashboard's: two PGlite starts and ~190
  // answers) took 72 s in WebKit alone and over the default 120 s with three engines on a loaded
  // two-core machine.
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 15000 } },
};
