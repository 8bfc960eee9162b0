import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { testEndpoint } from './test/support/test-endpoint.mjs';

/** `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`. */
const cdpSessions = new WeakMap();

function emulateMediaFeatures() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      // Straight to CDP: puppeteer's emulateMediaFeatures refuses forced-colors, Chromium does not.
      // The CDP session is kept: emulation ends when its session is detached.
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    emulateMediaFeatures(),
    a11ySnapshotPlugin(),
  ],
  middleware: [testEndpoint()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  // Two cores: one test page at a time keeps timing-dependent delivery tests steady.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
};
