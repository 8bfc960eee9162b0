/**
 * Everything a database holds on disk, as one string to search: a PGlite directory's files read
 * raw (after its collector closed), or a pg_dump of a PostgreSQL database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PG_DUMP = ['/usr/lib/postgresql/15/bin/pg_dump', '/usr/bin/pg_dump'].find((path) => existsSync(path));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * latin1 keeps every byte as one character, so an ASCII sentinel is found wherever it lies.
 * `withoutWal`: leave out PGlite's write-ahead log, which keeps what was written until recycled.
 */
export function databaseBytes(storage, { withoutWal = false } = {}) {
  const { dataDir, databaseUrl } = storage.options;
  if (dataDir) {
    return filesUnder(dataDir)
      .filter((file) => !(withoutWal && file.startsWith(join(dataDir, 'pg_wal'))))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n');
  }
  if (!PG_DUMP) throw new Error('pg_dump is not installed');
  return execFileSync(PG_DUMP, ['--dbname', databaseUrl, '--no-owner'], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString('latin1');
}
