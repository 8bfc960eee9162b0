/**
 * Web Test Runner launchers for the three engines, each using a browser installed on the machine
 * (found by find-browsers.mjs); none downloads a browser or a driver of its own.
 *
 *   chromium  Debian's Chromium through puppeteer-core over CDP (@web/test-runner-chrome)
 *   firefox   Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (same launcher class),
 *             started with -remote-allow-system-access so that media features can be emulated
 *   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, webdriverio via
 *             @web/test-runner-webdriver); this launcher starts the driver on a free loopback port,
 *             and an Xvfb of its own when there is no $DISPLAY, and stops both at the end.
 *
 * Each launcher carries `palauteEngine` ('chromium' | 'firefox' | 'webkit') so that server commands
 * (wtr-commands.mjs) can tell what the engine can do.
 */
import { spawn } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { Key } from 'webdriverio';
import { freePort } from './free-port.mjs';
import {
  CHROME_ARGS,
  findChrome,
  findFirefox,
  findMiniBrowser,
  findWebKitDriver,
  findXvfb,
} from './find-browsers.mjs';

export function chromiumLauncher() {
  const launcher = chromeLauncher({
    launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
  });
  launcher.name = 'Chromium';
  launcher.palauteEngine = 'chromium';
  return launcher;
}

export function firefoxLauncher() {
  // With a puppeteer of our own and `browser: 'firefox'`, the Chrome launcher class speaks WebDriver
  // BiDi to Firefox (its name becomes "Firefox"). puppeteer-core never downloads a browser.
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore.default ?? puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      // Lets the emulate-media-features command set Firefox's own preferences for reduced motion,
      // forced colours and colour scheme (WebDriver BiDi script in the browser's chrome realm).
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        // No updates, telemetry or first-run pages on a CI machine with no outside network.
        'app.update.disabledForTesting': true,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    },
  });
  launcher.palauteEngine = 'firefox';
  return launcher;
}

/** WebKitGTK: MiniBrowser driven by WebKitWebDriver, which this launcher starts and stops. */
export class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    const miniBrowser = findMiniBrowser();
    super({
      hostname: '127.0.0.1',
      port: 0, // set when the driver has started
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        // Classic WebDriver only: WebKitWebDriver speaks no BiDi.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.driverPath = findWebKitDriver();
    this.palauteEngine = 'webkit';
    this.children = [];
    // Never leave a driver or an X server behind, even when the runner is interrupted.
    process.once('exit', () => this.killChildren());
  }

  async initialize(config, testFiles) {
    let display = process.env.DISPLAY;
    if (!display) display = await this.startXvfb();
    const port = await freePort();
    const driver = spawn(this.driverPath, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.track(driver, 'WebKitWebDriver');
    await waitForDriver(port, driver);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.killChildren();
    }
  }

  killChildren() {
    for (const child of this.children.splice(0).reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
  }

  /**
   * Keys one at a time, each pressed and released. @web/test-runner-webdriver hands `sendKeys`
   * to webdriverio's `browser.keys()`, which holds every key down and only then releases them all
   * (a chord): a repeated letter or a space in `type: '…'` is lost ("otettiin" → "otetin").
   */
  async sendKeys(sessionId, keys) {
    const actions = [];
    for (const key of keys) {
      const value = [...key].length === 1 ? key : Key[key];
      if (!value) throw new Error(`sendKeys: no WebDriver key named "${key}" (see webdriverio's Key).`);
      actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
    }
    await this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }

  /** An Xvfb on the first free display number (it tells which through -displayfd). */
  async startXvfb() {
    const xvfb = spawn(findXvfb(), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    this.track(xvfb, 'Xvfb');
    const number = await new Promise((resolve, reject) => {
      let text = '';
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(text.trim());
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display.`)));
      setTimeout(() => reject(new Error('Xvfb gave no display number within 10 s.')), 10_000).unref();
    });
    return `:${number}`;
  }

  track(child, what) {
    this.children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGTERM' && code !== 0) {
        console.error(`${what} exited (${signal ?? code}). Last output:\n${stderr}`);
      }
    });
  }
}

export function webkitLauncher() {
  return new WebKitGtkLauncher();
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}) at start.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within 15 s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const LAUNCHERS = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };
