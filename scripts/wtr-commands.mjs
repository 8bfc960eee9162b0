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

/**
 * Firefox: each media feature is a browser preference, set through WebDriver BiDi in the browser's
 * chrome realm (Firefox is started with -remote-allow-system-access). Preferences are browser-wide,
 * which is fine with one test page at a time; a value of '' clears the preference.
 */
const FIREFOX_MEDIA_PREFS = {
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { 'no-preference': 0, reduce: 1 } },
  // document_color_use: 1 = always the page's colours, 2 = always the user's (forced colours).
  'forced-colors': { pref: 'browser.display.document_color_use', values: { none: 1, active: 2 } },
  'prefers-color-scheme': {
    pref: 'layout.css.prefers-color-scheme.content-override',
    values: { dark: 0, light: 1 },
  },
};

/** What an engine cannot emulate, and why; null when it can. */
const MEDIA_SUPPORT = {
  chromium: () => null,
  firefox: (feature) => {
    const known = FIREFOX_MEDIA_PREFS[feature.name];
    if (!known) {
      return (
        `${feature.name} cannot be emulated: puppeteer's emulateMediaFeatures needs CDP, which Firefox does ` +
        `not have, and no Firefox preference for it is known here (known: ${Object.keys(FIREFOX_MEDIA_PREFS).join(', ')})`
      );
    }
    if (feature.value !== '' && !(feature.value in known.values)) {
      return `${feature.name}: ${feature.value} cannot be emulated (${Object.keys(known.values).join(', ')} can)`;
    }
    return null;
  },
  webkit: (feature) =>
    `${feature.name} cannot be emulated: WebKitWebDriver (WebKitGTK) has no command to emulate CSS media features`,
};

async function setFirefoxMediaPrefs(page, features) {
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chrome = result.contexts[0]?.context;
  if (!chrome) throw new Error('emulate-media-features: Firefox gave no chrome browsing context.');
  const statements = features.map(({ name, value }) => {
    const { pref, values } = FIREFOX_MEDIA_PREFS[name];
    return value === ''
      ? `Services.prefs.clearUserPref(${JSON.stringify(pref)});`
      : `Services.prefs.setIntPref(${JSON.stringify(pref)}, ${values[value]});`;
  });
  const { result: evaluated } = await connection.send('script.evaluate', {
    expression: `${statements.join(' ')} true`,
    target: { context: chrome },
    awaitPromise: false,
  });
  if (evaluated.type !== 'success') {
    throw new Error(`emulate-media-features: Firefox refused the preferences: ${JSON.stringify(evaluated)}`);
  }
  // Let the page see the change (media query lists are re-evaluated on the next frame).
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
}

const A11Y_SUPPORT = {
  chromium: null,
  firefox:
    "puppeteer's page.accessibility.snapshot needs CDP, which Firefox does not have; WebDriver " +
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
      const check = MEDIA_SUPPORT[engine] ?? (() => 'unknown engine');
      const refused = features.map((feature) => [feature, check(feature)]).filter(([, why]) => why);
      if (refused.length) {
        // Nothing was emulated, so there is nothing to end: a test's `finally` may always reset.
        if (features.every((feature) => feature.value === '')) return true;
        return unsupported(engine, refused.map(([, why]) => why).join('; '), report);
      }
      if (engine === 'firefox') {
        await setFirefoxMediaPrefs(session.browser.getPage(session.id), features);
        return true;
      }
      return unsupported(engine, 'unknown engine', report);
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
