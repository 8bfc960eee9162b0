/**
 * Bytes the report crypto (src/crypto/index.ts, WebCrypto only) adds to a page when bundled
 * alone: minified ES module, gzip -9, as scripts/size.mjs counts. `node bench/crypto-size.mjs`.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: ['lit', 'lit/*'],
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const name = file.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/)?.[1] ?? 'src/crypto';
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, byPackage };
}

const cases = {
  'all of src/crypto (seal, open, keys, wrapping)': `export * from './src/crypto/index.ts';`,
  'what the form needs: sealReport alone': `export { sealReport } from './src/crypto/index.ts';`,
};
for (const [name, contents] of Object.entries(cases)) {
  const { raw, gzip, byPackage } = await bundle(contents);
  console.log(`${name}: ${raw} B minified, ${gzip} B gzip -9`);
  for (const [pkg, bytes] of Object.entries(byPackage)) console.log(`  ${pkg}: ${bytes} B minified`);
}
