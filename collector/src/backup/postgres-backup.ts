/**
 * PostgreSQL: pg_dump's custom format (compressed, one consistent snapshot, taken while collectors
 * run), restored in one transaction: the tables there are dropped and the dump's loaded, or
 * nothing changes.
 */
import { spawn } from 'node:child_process';
import { rmSync, renameSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Database } from '../storage/database.js';
import { BackupRefusal } from './refusal.js';
import { collectorTables, holdsData } from './tables.js';
import { connectionFor, findTool, run } from './postgres-tools.js';

export async function backupPostgres(db: Database, databaseUrl: string, file: string): Promise<void> {
  if (!(await collectorTables(db)).includes('schema_migrations')) {
    throw new BackupRefusal(`${db.location} holds no collector tables: nothing to back up`);
  }
  const { url, env } = connectionFor(databaseUrl);
  const partial = `${file}.partial`;
  try {
    // No owner or grants: the restoring role owns what it makes, whatever the roles there are called.
    await run(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-privileges', '--file', partial, '--dbname', url],
      env,
    );
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function restorePostgres(
  db: Database,
  databaseUrl: string,
  file: string,
  force: boolean,
): Promise<void> {
  if ((await holdsData(db)) && !force) {
    throw new BackupRefusal(
      `${db.location} already holds data; restore replaces all of it only with --force (back it up first if you may want it)`,
    );
  }
  const drops = (await collectorTables(db)).map(
    (table) => `DROP TABLE IF EXISTS ${quoted(table)} CASCADE;\n`,
  );
  const { url, env } = connectionFor(databaseUrl);
  // pg_restore writes the dump as SQL; psql runs the drops and it in one transaction, committed
  // only after pg_restore read the whole file: a file that breaks off commits nothing.
  const sql = spawn(findTool('pg_restore', env), ['--no-owner', '--no-privileges', '--file=-', file], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const input = new PassThrough();
  const loaded = run(
    'psql',
    ['--no-psqlrc', '--quiet', '--set', 'ON_ERROR_STOP=1', '--dbname', url],
    env,
    input,
  );
  // psql stopped at an error: pg_restore would wait on a full pipe for ever.
  loaded.catch(() => sql.kill());
  input.write(`BEGIN;\n${drops.join('')}`);
  let complaint = '';
  sql.stderr.on('data', (chunk) => (complaint += chunk));
  sql.stdout.pipe(input, { end: false });
  const code = await new Promise<number | null>((resolve) => sql.once('close', resolve));
  input.end(code === 0 ? 'COMMIT;\n' : 'ROLLBACK;\n');
  await loaded;
  if (code !== 0) {
    throw new BackupRefusal(`pg_restore could not read ${file} (exit ${code}): ${complaint.trim()}`);
  }
}
