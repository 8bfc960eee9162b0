/**
 * The collector imports `palaute/schema` and `palaute/crypto`, which the root build makes
 * (dist/schema.js, dist/crypto.js and their types). When those are missing or older than their
 * sources, build just them, so the collector builds on a fresh clone (`npm ci && npm start`) and
 * while the widgets' build is not done or not working.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** The entries the collector imports, by folder under src/: each has an index.ts. */
const ENTRIES = ['schema', 'crypto'];
const entry = (name) => join(root, 'src', name, 'index.ts');
const outputs = ENTRIES.flatMap((name) => [
  join(root, `dist/${name}.js`),
  join(root, `dist/types/${name}/index.d.ts`),
]);

// src/crypto uses src/schema's constants: any change in either makes both stale.
const newestSource = Math.max(
  ...ENTRIES.flatMap((name) =>
    readdirSync(join(root, 'src', name)).map((file) => statSync(join(root, 'src', name, file)).mtimeMs),
  ),
);
const stale = outputs.filter((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
if (!stale.length) process.exit(0);

console.log(
  `palaute/schema and palaute/crypto: building ${stale.map((file) => file.slice(root.length + 1)).join(', ')}`,
);
const require = createRequire(join(root, 'package.json'));
const { buildSync } = require('esbuild');
for (const name of ENTRIES) {
  buildSync({
    entryPoints: [entry(name)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod'],
    outfile: join(root, `dist/${name}.js`),
    logLevel: 'warning',
  });
}
// A throwaway tsconfig: tsc given file names refuses to run where a tsconfig.json sits.
const scratch = mkdtempSync(join(tmpdir(), 'palaute-entry-types-'));
const tsconfig = join(scratch, 'tsconfig.json');
writeFileSync(
  tsconfig,
  JSON.stringify({
    files: ENTRIES.map(entry),
    compilerOptions: {
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: join(root, 'src'),
      declarationDir: join(root, 'dist/types'),
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      strict: true,
      skipLibCheck: true,
      types: [],
    },
  }),
);
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], {
    stdio: 'inherit',
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
