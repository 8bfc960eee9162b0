/**
 * Server commands the browser tests call, per engine. Where an engine cannot do what a command
 * asks, the command says so and why; it never pretends to have done it.
 *
 * `executeServerCommand('emulate-media-features', payload)` where payload is either
 *   - `[{ name: 'forced-colors', value: 'active' }, …]` (a value of '' ends that emulation), or
 *   - `{ features: [...], ifUnsupported: 'report' }`.
 * `a11ySnapshot(payload)` (command 'a11y-snapshot'), payload `{ selector?, ifUnsupported? }`.
 *
 * On an engine that cannot do it:
 *   - with `ifUnsupported: 'report'` the command resolves to `{ unsupported: 'reason' }`, so the test
 *     can call `this.skip()` and print the reason;
 *   - without it the command fails with an error starting "unsupported in <engine>:" (callers
 *     that ignore the result must not pass silently).
 * Ending an emulation that could not be started (all values '') is a no-op that succeeds, so a
 * test's `finally` does not hide the first error.
 */

const ENGINE_LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** What each engine can emulate, and why not where it cannot. */
const MEDIA_SUPPORT = {
  chromium: () => null,
  firefox: (name) =>
    `${name} cannot be emulated: puppeteer's page.emulateMediaFeatures needs CDP, which Firefox ` +
    'no longer has, and Firefox ESR 153 has no WebDriver BiDi command for media features ' +
    '(emulation.setForcedColorsModeThemeOverride is an unknown command there)',
  webkit: (name) =>
    `${name} cannot be emulated: WebKitWebDriver (WebKitGTK) has no command to emulate CSS media features`,
};

const A11Y_SUPPORT = {
  chromium: null,
  firefox:
    "puppeteer's page.accessibility.snapshot needs CDP, which Firefox no longer has; WebDriver " +
    'BiDi has no accessibility tree command',
  webkit:
    'WebDriver has no accessibility tree command (only per-element computed role and label, ' +
    'which carry no checked/selected state)',
};

/** The engine of a session: set by wtr-launchers.mjs; a plain chromeLauncher is Chromium. */
export function engineOf(session) {
  const launcher = session.browser;
  if (launcher.palauteEngine) return launcher.palauteEngine;
  if (launcher.type === 'puppeteer')
    return launcher.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium';
  return 'unknown';
}

function unsupported(engine, reason, report) {
  const label = ENGINE_LABEL[engine] ?? engine;
  if (report) return { unsupported: `${label}: ${reason}` };
  throw new Error(`unsupported in ${label}: ${reason}`);
}

function readMediaPayload(payload) {
  if (Array.isArray(payload)) return { features: payload, report: false };
  if (payload && Array.isArray(payload.features)) {
    return { features: payload.features, report: payload.ifUnsupported === 'report' };
  }
  throw new Error('emulate-media-features: give [{ name, value }] or { features: [{ name, value }] }.');
}

export function emulateMediaFeaturesPlugin() {
  // The CDP session is kept per page: emulation ends when its session is detached.
  const cdpSessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const { features, report } = readMediaPayload(payload);
      const engine = engineOf(session);
      if (engine === 'chromium') {
        // Straight to CDP: puppeteer's emulateMediaFeatures refuses forced-colors, Chromium does not.
        const page = session.browser.getPage(session.id);
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      const wanted = features.filter((feature) => feature.value !== '');
      if (wanted.length === 0) return true; // nothing was emulated, so nothing to end
      const why = (MEDIA_SUPPORT[engine] ?? (() => 'unknown engine'))(wanted.map((f) => f.name).join(', '));
      return unsupported(engine, why, report);
    },
  };
}

/** Replaces @web/test-runner-commands' a11ySnapshotPlugin, which throws on non-CDP engines. */
export function a11ySnapshotPlugin() {
  return {
    name: 'a11y-snapshot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      const engine = engineOf(session);
      if (engine !== 'chromium') {
        return unsupported(
          engine,
          `an accessibility snapshot cannot be taken: ${A11Y_SUPPORT[engine] ?? 'unknown engine'}`,
          payload?.ifUnsupported === 'report',
        );
      }
      const page = session.browser.getPage(session.id);
      const options = {};
      if (payload?.selector) {
        const root = await page.$(payload.selector);
        if (root) options.root = root;
      }
      return page.accessibility.snapshot(options);
    },
  };
}

/**
 * A failed assertion on DOM nodes (`expect(button).to.equal(input)`) must be reported, not lost.
 * @web/dev-server-core 0.7 sends each browser message through `structuredClone`, which throws a
 * DataCloneError on a DOM node in an error's actual/expected; the test file's results are then never
 * sent, and the run waits for testsFinishTimeout (120 s) and reports no failure at all. This plugin
 * patches that one module so that values structuredClone refuses are sent as text: an element as its
 * opening tag, a function by its name.
 */
export function cloneSafeMessagesPlugin() {
  const WEB_SOCKET_MODULE = '/__web-dev-server__web-socket.js';
  const ORIGINAL = 'var target = structuredClone(obj)';
  const helper = `
function __palauteCloneable(value, seen) {
  if (typeof value === 'function') return '[function ' + (value.name || 'anonymous') + ']';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (typeof Node !== 'undefined' && value instanceof Node) {
    return value instanceof Element ? value.cloneNode(false).outerHTML : '[' + value.nodeName + ']';
  }
  if (seen.has(value)) return seen.get(value);
  try {
    structuredClone(value);
    return value;
  } catch {}
  const copy = Array.isArray(value) ? [] : {};
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = __palauteCloneable(value[key], seen);
  if (value instanceof Error) {
    for (const key of ['name', 'message', 'stack']) copy[key] = String(value[key]);
  }
  return copy;
}
function __palauteStructuredClone(value) {
  try {
    return structuredClone(value);
  } catch {
    return structuredClone(__palauteCloneable(value, new WeakMap()));
  }
}
`;
  return {
    name: 'clone-safe-messages',
    transform(context) {
      if (context.path !== WEB_SOCKET_MODULE || typeof context.body !== 'string') return undefined;
      if (!context.body.includes(ORIGINAL)) {
        throw new Error(
          `clone-safe-messages: ${WEB_SOCKET_MODULE} has changed; remove or update this plugin.`,
        );
      }
      return { body: context.body.replace(ORIGINAL, 'var target = __palauteStructuredClone(obj)') + helper };
    },
  };
}
