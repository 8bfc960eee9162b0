/**
 * PGlite's own backup: `dumpDataDir` tars the data directory (gzip), `loadDataDir` starts a
 * database from such a tarball. The collector must be stopped: one process per directory (the
 * directory's lock refuses otherwise).
 */
import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openAsBlob, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir, type Unlock } from '../storage/data-dir-lock.js';
import { queryable } from '../storage/pglite-database.js';
import { BackupRefusal } from './refusal.js';
import { holdsData } from './tables.js';
import { writeWhole } from './write-whole.js';

const holdsDatabase = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

async function lock(dataDir: string): Promise<Unlock> {
  try {
    return await lockDataDir(dataDir);
  } catch (error) {
    if (!/is in use by the collector/.test(String(error))) throw error;
    throw new BackupRefusal(
      `${(error as Error).message}\nStop the collector first: with PGlite only one process may use the data directory.`,
    );
  }
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!holdsDatabase(dataDir))
    throw new BackupRefusal(`${dataDir} holds no PGlite database: nothing to back up`);
  const unlock = await lock(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    try {
      const tarball = await db.dumpDataDir('gzip');
      writeWhole(file, new Uint8Array(await tarball.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    await unlock();
  }
}

/** Refuses a directory holding answers, keys or anything else unless `force`. */
async function checkReplaceable(dataDir: string, force: boolean): Promise<void> {
  if (!holdsDatabase(dataDir)) {
    const strangers = readdirSync(dataDir).filter((name) => name !== 'palaute-collector.lock');
    if (strangers.length) {
      throw new BackupRefusal(
        `${dataDir} holds files that are not a PGlite database (${strangers.slice(0, 3).join(', ')}); restore into an empty directory`,
      );
    }
    return;
  }
  const current = await PGlite.create(dataDir);
  try {
    if ((await holdsData(queryable(current))) && !force) {
      throw new BackupRefusal(
        `${dataDir} already holds data; restore replaces all of it only with --force (back it up first if you may want it)`,
      );
    }
  } finally {
    await current.close();
  }
}

export async function restorePglite(file: string, dataDir: string, force: boolean): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = await lock(dataDir);
  // Loaded aside first: a file that does not load leaves the directory as it was.
  const scratch = mkdtempSync(`${dataDir.replace(/\/+$/, '')}.restoring-`);
  try {
    await checkReplaceable(dataDir, force);
    const loaded = await PGlite.create(scratch, { loadDataDir: await openAsBlob(file) });
    try {
      await loaded.query('SELECT count(*) FROM schema_migrations');
    } catch (error) {
      throw new BackupRefusal(`${file} is not a collector's backup: ${(error as Error).message}`);
    } finally {
      await loaded.close();
    }
    // Entry by entry, not a rename of the directory: it may be a mounted volume.
    for (const name of readdirSync(dataDir)) {
      if (name !== 'palaute-collector.lock') rmSync(join(dataDir, name), { recursive: true, force: true });
    }
    cpSync(scratch, dataDir, { recursive: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await unlock();
  }
}
