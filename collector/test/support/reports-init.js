/**
 * `palaute-collector reports init` run as an operator runs it, in a child process on a storage
 * (from freshStorage) that no collector has open, and what it printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './backup-cli.js';
import { collectorEnv } from './child-collector.js';

const BIN = fileURLToPath(new URL('../../bin/palaute-collector.js', import.meta.url));

export const PASSPHRASE = 'correct horse battery staple';

/** Runs it; `{ code, stdout, stderr }`. */
export function runReportsInit(storage, args) {
  return runCli(storage, ['reports', 'init', ...args]);
}

export function passphraseFile(passphrase = PASSPHRASE) {
  const file = join(mkdtempSync(join(tmpdir(), 'palaute-passphrase-')), 'passphrase');
  writeFileSync(file, `${passphrase}\n`, { mode: 0o600 });
  return file;
}

/** What a successful init printed: the public key line parsed, and the recovery code. */
export function parseInitOutput(stdout) {
  const line = /^"reportKey": (\{.*\})$/m.exec(stdout)?.[1];
  const recoveryCode = /^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$/m.exec(stdout)?.[1];
  if (!line || !recoveryCode) throw new Error(`no reportKey line or recovery code in:\n${stdout}`);
  return { publicKey: JSON.parse(line), recoveryCode };
}

/** Init with handler `name` and PASSPHRASE; resolves with the parsed output. */
export async function initReports(storage, name = 'Maija') {
  const result = await runReportsInit(storage, ['--handler', name, '--passphrase-file', passphraseFile()]);
  if (result.code !== 0) throw new Error(`reports init exited ${result.code}:\n${result.stderr}`);
  return parseInitOutput(result.stdout);
}

/**
 * Init at a terminal: util-linux `script` gives it a pseudo-terminal; each answer is typed when
 * its prompt has appeared. `{ code, output }`, output being everything the terminal showed.
 */
export function runReportsInitAtTerminal(storage, answers) {
  const command = [process.execPath, BIN, 'reports', 'init'].map((part) => `'${part}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: { ...collectorEnv(storage), TERM: 'dumb' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const pending = [...answers];
  child.stdout.on('data', (chunk) => {
    output += chunk;
    const next = pending[0];
    if (next && output.includes(next.after)) {
      pending.shift();
      child.stdin.write(`${next.type}\n`);
    }
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}
