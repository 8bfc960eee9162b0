/**
 * `palaute-collector backup FILE` and `palaute-collector restore FILE [--force]`, on the storage
 * the environment configures (PGlite's directory or DATABASE_URL), as the collector would use it.
 * Backup never migrates: it copies the database as it is. Restore refuses a database that holds
 * data unless --force; the collector migrates a restored older backup when it starts.
 * Exit codes: 0 done, 2 usage, 1 failure.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupRefusal } from '../backup/refusal.js';
import { backupKindOf, STORAGE_NAMES, type BackupKind } from '../backup/backup-file.js';
import { backupPglite, restorePglite } from '../backup/pglite-backup.js';
import { backupPostgres, restorePostgres } from '../backup/postgres-backup.js';
import { ConfigError, optionsFromEnv, resolveConfig } from '../config.js';
import { connectDatabase } from '../storage/open-database.js';
import { describeUrl } from '../storage/postgres-database.js';

const USAGE = {
  backup: 'usage: palaute-collector backup FILE',
  restore: 'usage: palaute-collector restore FILE [--force]',
};

class UsageError extends Error {}

function parse(command: 'backup' | 'restore', args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: command === 'restore' ? { force: { type: 'boolean' } } : {},
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('give one FILE');
    return { file: positionals[0] as string, force: values.force === true };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

function storage() {
  const config = resolveConfig({ ...optionsFromEnv(process.env), logLevel: 'silent' });
  return config.databaseUrl
    ? { kind: 'postgresql' as BackupKind, databaseUrl: config.databaseUrl, dataDir: config.dataDir }
    : { kind: 'pglite' as BackupKind, databaseUrl: undefined, dataDir: config.dataDir };
}

async function onPostgres<T>(
  databaseUrl: string,
  dataDir: string,
  work: (db: Awaited<ReturnType<typeof connectDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await connectDatabase({ databaseUrl, dataDir }, (error) =>
    console.error('palaute-collector: database connection lost', error.message),
  );
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function backup(args: readonly string[]): Promise<void> {
  const { file } = parse('backup', args);
  if (existsSync(file))
    throw new BackupRefusal(`${file} exists already; give a new name (e.g. with the date in it)`);
  const { kind, databaseUrl, dataDir } = storage();
  const started = performance.now();
  if (databaseUrl) await onPostgres(databaseUrl, dataDir, (db) => backupPostgres(db, databaseUrl, file));
  else await backupPglite(dataDir, file);
  const where = databaseUrl ? describeUrl(databaseUrl) : `PGlite in ${dataDir}`;
  console.log(`Backed up ${where} to ${file} (${kind}, ${statSync(file).size} bytes, ${seconds(started)} s).
It holds every answer, the reports sealed as stored and the handlers' wrapped keys, never a passphrase:
keep it as safely as the database itself.`);
}

async function restore(args: readonly string[]): Promise<void> {
  const { file, force } = parse('restore', args);
  if (!existsSync(file)) throw new BackupRefusal(`${file} does not exist`);
  const { kind, databaseUrl, dataDir } = storage();
  const fileKind = backupKindOf(file);
  if (!fileKind) throw new BackupRefusal(`${file} is not a backup made by palaute-collector backup`);
  if (fileKind !== kind) {
    throw new BackupRefusal(
      `${file} is a backup of ${STORAGE_NAMES[fileKind]}, and this collector is configured for ${STORAGE_NAMES[kind]}; ` +
        'restore it on the storage it was made on',
    );
  }
  const started = performance.now();
  if (databaseUrl)
    await onPostgres(databaseUrl, dataDir, (db) => restorePostgres(db, databaseUrl, file, force));
  else await restorePglite(file, dataDir, force);
  const where = databaseUrl ? describeUrl(databaseUrl) : `PGlite in ${dataDir}`;
  console.log(`Restored ${file} into ${where} (${seconds(started)} s).
Start the collector: it brings a backup made by an earlier version up to date as it starts.`);
}

export async function backupCommand(command: 'backup' | 'restore', args: readonly string[]): Promise<number> {
  try {
    await (command === 'backup' ? backup(args) : restore(args));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`palaute-collector ${command}: ${error.message}\n${USAGE[command]}`);
      return 2;
    }
    const known = error instanceof BackupRefusal || error instanceof ConfigError;
    console.error(`palaute-collector ${command}: ${known ? error.message : String(error)}`);
    return 1;
  }
}
