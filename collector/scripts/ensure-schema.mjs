/**
 * The collector imports `palaute/schema`, which the root build makes (dist/schema.js and its
 * types). When those are missing or older than src/schema, build just them, so the collector
 * builds even while the widgets' build is not done or not working.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sources = join(root, 'src/schema');
const outputs = [join(root, 'dist/schema.js'), join(root, 'dist/types/schema/index.d.ts')];

const newestSource = Math.max(...readdirSync(sources).map((name) => statSync(join(sources, name)).mtimeMs));
const stale = outputs.filter((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
if (!stale.length) process.exit(0);

console.log(`palaute/schema: building ${stale.map((file) => file.slice(root.length + 1)).join(', ')}`);
const require = createRequire(join(root, 'package.json'));
const { buildSync } = require('esbuild');
buildSync({
  entryPoints: [join(sources, 'index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  external: ['zod'],
  outfile: outputs[0],
  logLevel: 'warning',
});
// A throwaway tsconfig: tsc given file names refuses to run where a tsconfig.json sits.
const scratch = mkdtempSync(join(tmpdir(), 'palaute-schema-types-'));
const tsconfig = join(scratch, 'tsconfig.json');
writeFileSync(
  tsconfig,
  JSON.stringify({
    files: [join(sources, 'index.ts')],
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
