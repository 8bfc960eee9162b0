/**
 * `palaute-collector backup FILE` and `restore FILE` run as an operator runs them, in a child
 * process on a storage (from freshStorage) no collector has open; and what a backup file holds,
 * unpacked, as one string to search.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { collectorEnv } from './child-collector.js';

const BIN = fileURLToPath(new URL('../../bin/palaute-collector.js', import.meta.url));

/** `{ code, stdout, stderr }` of `palaute-collector <args…>` on `storage`. */
export function runCli(storage, args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: collectorEnv(storage, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/**
 * Everything in a backup, uncompressed (latin1: each byte one character): PGlite's tarball
 * gunzipped (a tar stores its files' bytes as they are), pg_dump's custom format as the SQL
 * pg_restore makes of it. Searching the compressed file would find nothing whatever it held.
 */
export function backupText(file) {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return execFileSync('pg_restore', ['--file=-', file], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
}
