/**
 * The first reports key, the first handler and the recovery handler, made as an operator makes
 * them: `palaute-collector reports init --handler NAME --passphrase-file FILE`, on a data folder no
 * collector has open yet. Resolves with the `reportKey` line's key and the recovery code it printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../collector/bin/palaute-collector.js');

export async function initReports(dataDir, { name, passphrase }) {
  const folder = mkdtempSync(join(tmpdir(), 'palaute-passphrase-'));
  const file = join(folder, 'passphrase');
  writeFileSync(file, `${passphrase}\n`, { mode: 0o600 });
  try {
    const child = spawn(
      process.execPath,
      [BIN, 'reports', 'init', '--handler', name, '--passphrase-file', file],
      {
        env: { PATH: process.env.PATH, PALAUTE_DATA_DIR: dataDir, PALAUTE_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((done) => child.once('close', done));
    if (code !== 0) throw new Error(`reports init exited ${code}:\n${stderr}`);
    const line = /^"reportKey": (\{.*\})$/m.exec(stdout)?.[1];
    const recoveryCode = /^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$/m.exec(stdout)?.[1];
    if (!line || !recoveryCode) throw new Error(`no reportKey line or recovery code in:\n${stdout}`);
    return { publicKey: JSON.parse(line), recoveryCode };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
