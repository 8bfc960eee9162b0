/**
 * Finds the three browser engines the tests run in: each from its environment variable, then the
 * usual install paths. No tool may download a browser or a driver of its own here, so a missing
 * one is an install instruction naming the Debian package.
 *
 *   chromium  $CHROME_PATH                                  Debian package `chromium`
 *   firefox   $FIREFOX_PATH                                 Debian package `firefox-esr`
 *   webkit    $WEBKIT_DRIVER_PATH and $MINIBROWSER_PATH     Debian package `webkit2gtk-driver`
 *             (plus an X server: $XVFB_PATH or `Xvfb`)      Debian package `xvfb`
 *
 * `node scripts/find-browsers.mjs [engine…]` prints what it found, or says what to install and
 * exits 1. `node scripts/find-browsers.mjs --missing-packages [engine…]` prints the Debian
 * packages still to install, one a line (nothing when all are there).
 */
import { existsSync } from 'node:fs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox/firefox',
  '/opt/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'];

// WebKitGTK's MiniBrowser lives in the library's own directory, named by API version and arch.
const MINIBROWSER_PATHS = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu']
  .flatMap((arch) => [
    `/usr/lib/${arch}/webkitgtk-6.0/MiniBrowser`,
    `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`,
    `/usr/lib/${arch}/webkit2gtk-4.0/MiniBrowser`,
  ])
  .concat(['/usr/libexec/webkitgtk-6.0/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser']);

const XVFB_PATHS = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'];

/** One executable: `$variable` when set (and then it must exist), else the first usual path. */
function find({ what, variable, paths, debianPackage }) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new MissingBrowserError(
      `${variable} is set to ${fromEnv}, but there is no file there.`,
      debianPackage,
    );
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new MissingBrowserError(
    `No ${what} found. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${debianPackage}\`) ` +
      `or set ${variable} to its executable. Looked in: ${paths.join(', ')}`,
    debianPackage,
  );
}

export class MissingBrowserError extends Error {
  constructor(message, debianPackage) {
    super(message);
    this.name = 'MissingBrowserError';
    this.debianPackage = debianPackage;
  }
}

export function findChrome() {
  return find({
    what: 'Chromium or Chrome',
    variable: 'CHROME_PATH',
    paths: CHROME_PATHS,
    debianPackage: 'chromium',
  });
}

export function findFirefox() {
  return find({
    what: 'Firefox',
    variable: 'FIREFOX_PATH',
    paths: FIREFOX_PATHS,
    debianPackage: 'firefox-esr',
  });
}

export function findWebKitDriver() {
  return find({
    what: 'WebKitWebDriver (WebKitGTK)',
    variable: 'WEBKIT_DRIVER_PATH',
    paths: WEBKIT_DRIVER_PATHS,
    debianPackage: 'webkit2gtk-driver',
  });
}

export function findMiniBrowser() {
  return find({
    what: 'MiniBrowser (WebKitGTK)',
    variable: 'MINIBROWSER_PATH',
    paths: MINIBROWSER_PATHS,
    debianPackage: 'webkit2gtk-driver',
  });
}

export function findXvfb() {
  return find({
    what: 'Xvfb (an X server for WebKitGTK)',
    variable: 'XVFB_PATH',
    paths: XVFB_PATHS,
    debianPackage: 'xvfb',
  });
}

/** Each engine's executables, by name; the first missing one throws. */
const FINDERS = {
  chromium: { browser: findChrome },
  firefox: { browser: findFirefox },
  webkit: { driver: findWebKitDriver, browser: findMiniBrowser, xvfb: findXvfb },
};

export function findEngine(engine) {
  const finders = FINDERS[engine];
  if (!finders) throw new Error(`Unknown browser engine "${engine}": use one of ${ENGINES.join(', ')}.`);
  return Object.fromEntries(Object.entries(finders).map(([name, finder]) => [name, finder()]));
}

/** Debian packages that would supply what is missing for `engines`. */
export function missingPackages(engines = ENGINES) {
  const missing = new Set();
  for (const engine of engines) {
    for (const finder of Object.values(FINDERS[engine] ?? {})) {
      try {
        finder();
      } catch (error) {
        if (!(error instanceof MissingBrowserError)) throw error;
        missing.add(error.debianPackage);
      }
    }
  }
  return [...missing];
}

/** `PALAUTE_BROWSERS=chromium,firefox` → ['chromium', 'firefox']; all three when unset. */
export function selectedEngines(value = process.env.PALAUTE_BROWSERS) {
  if (!value || !value.trim()) return [...ENGINES];
  const names = value
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => ({ chrome: 'chromium', gecko: 'firefox', safari: 'webkit' })[name] ?? name);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(
      `PALAUTE_BROWSERS names unknown engine(s) ${unknown.join(', ')}: use ${ENGINES.join(', ')}.`,
    );
  }
  return [...new Set(names)];
}

/** Flags for a headless Chromium on a CI machine, running as root, with no outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const listMissing = args.includes('--missing-packages');
  const engines = args.filter((arg) => !arg.startsWith('--'));
  try {
    const chosen = engines.length ? selectedEngines(engines.join(',')) : selectedEngines();
    if (listMissing) {
      for (const name of missingPackages(chosen)) console.log(name);
    } else {
      for (const engine of chosen) {
        const found = findEngine(engine);
        console.log(
          `${engine}: ${Object.entries(found)
            .map(([name, path]) => `${name} ${path}`)
            .join(', ')}`,
        );
      }
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
