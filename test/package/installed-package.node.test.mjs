/**
 * The package as a user installs it: `npm pack`, install the tarball into a new project outside the
 * repo, type-check a user's TypeScript against it, bundle each entry with esbuild as a user's build
 * would, and render every widget in Chromium.
 */
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const USER_CODE = `
import { configure, getOutbox, type PalauteErrorDetail } from 'palaute';
import 'palaute/nps';
import 'palaute/emoji-survey';
import 'palaute/deviation-form';
import { envelopeSchema, Outbox } from 'palaute/core';
import { safetyAndBeingHeard5to8 } from 'palaute/surveys';

configure({ endpoint: '/api/feedback', unit: 'package-test' });
const nps = document.createElement('palaute-nps');
nps.comment = true;
nps.addEventListener('palaute-answer', (event) => console.log(event.detail.id, event.detail.kind));
document.addEventListener('palaute-error', (event) => {
  const detail: PalauteErrorDetail = event.detail;
  console.log(detail.code);
});
const survey = document.createElement('palaute-emoji-survey');
survey.survey = safetyAndBeingHeard5to8;
const form = document.createElement('palaute-deviation-form');
form.privacyUrl = '/privacy';
document.body.append(nps, survey, form);
const outbox: Outbox = getOutbox();
(window as unknown as { results: unknown }).results = {
  schemaWorks: envelopeSchema.safeParse({}).success === false,
  pending: outbox.pendingCount(),
};
`;

describe('the installed package', () => {
  let project;
  let tarball;

  before(() => {
    // The build runs before the tests (npm test, scripts/test.sh); packing must not rebuild.
    const packed = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmpdir()], root),
    );
    tarball = {
      path: join(tmpdir(), packed[0].filename),
      files: packed[0].files.map((f) => f.path),
      size: packed[0].size,
    };
    project = mkdtempSync(join(tmpdir(), 'palaute-user-'));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'user', private: true, type: 'module' }),
    );
    npm(['install', '--no-audit', '--no-fund', tarball.path], project);
    writeFileSync(join(project, 'main.ts'), USER_CODE);
  });

  it('ships the built files and nothing else', () => {
    assert.ok(tarball.files.includes('dist/palaute.js'));
    assert.ok(tarball.files.includes('custom-elements.json'));
    assert.ok(tarball.files.includes('dist/types/index.d.ts'));
    assert.ok(tarball.files.includes('dist/schema/envelope.schema.json'));
    assert.ok(tarball.files.includes('dist/surveys/safety-5-8.json'));
    assert.deepEqual(
      tarball.files.filter((f) => /^(src|test|demo|scripts)\//.test(f)),
      [],
    );
    console.log(`tarball: ${tarball.size} bytes, ${tarball.files.length} files`);
  });

  it('depends at run time only on lit, @lit/task and zod', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/palaute/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(installed.dependencies).sort(), ['@lit/task', 'lit', 'zod']);
  });

  it('gives servers the schemas in Node: palaute/schema imports without a browser', () => {
    const script =
      "import('palaute/schema').then((schema) => console.log(schema.envelopeSchema.safeParse({}).success, schema.describeIssues([{ code: 'invalid_type', path: ['id'], message: '', expected: 'string' }])[0]))";
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(output.trim(), 'false id: should be string');
  });

  it('gives servers the schemas in Node: palaute/core imports without a browser', () => {
    const script =
      "import('palaute/core').then((core) => console.log(core.envelopeSchema.safeParse({}).success, typeof core.deviationReportDataSchema.safeParse))";
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(output.trim(), 'false function');
  });

  it("type-checks a user's TypeScript with typed elements, properties and events", () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          lib: ['ES2023', 'DOM'],
        },
        files: ['main.ts'],
      }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], {
      encoding: 'utf8',
    });
  });

  describe('bundled and run in Chromium', () => {
    let server;
    let browser;
    let page;

    before(async () => {
      const bundled = await build({
        entryPoints: [join(project, 'main.ts')],
        bundle: true,
        format: 'esm',
        write: false,
        absWorkingDir: project,
      });
      const script = bundled.outputFiles[0].contents;
      server = createServer((req, res) => {
        if (req.url === '/main.js') {
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          return res.end(script);
        }
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(
          '<!doctype html><html lang="en"><body><script type="module" src="/main.js"></script></body></html>',
        );
      });
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
      browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
      page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    });

    after(async () => {
      await browser?.close();
      await new Promise((done) => server?.close(done));
    });

    it('registers and renders every widget from the entries', async () => {
      const rendered = await page.waitForFunction(() => {
        const tags = ['palaute-nps', 'palaute-emoji-survey', 'palaute-deviation-form'];
        const counts = tags.map(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('input').length ?? 0,
        );
        return counts.every((n) => n > 0) ? counts : false;
      });
      assert.equal((await rendered.jsonValue()).length, 3);
      assert.deepEqual(await page.evaluate(() => window.results.schemaWorks), true);
    });
  });
});
