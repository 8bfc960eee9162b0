import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** What dist/integrity.json holds: each file's subresource-integrity value, by its name in dist/. */
export interface LoaderIntegrity {
  /** The loader's: the `integrity` attribute of its script tag. */
  loader: string;
  /** Every chunk the loader may import: the `integrity` map of an import map (see the README). */
  chunks: Record<string, string>;
}

export const sha384 = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes dist/integrity.json after the loader build: the sha384 of the bytes written, so a page
 * taking dist/palaute.js from a CDN can refuse a file that is not the one published.
 */
export function loaderIntegrity(loaderFile: string): Plugin {
  return {
    name: 'palaute-loader-integrity',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const hashOf = (file: string) => sha384(readFileSync(join(dir, file)));
      const chunks: Record<string, string> = {};
      for (const file of Object.keys(bundle).sort()) {
        if (file !== loaderFile && file.endsWith('.js')) chunks[file] = hashOf(file);
      }
      const integrity: LoaderIntegrity = { loader: hashOf(loaderFile), chunks };
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}
