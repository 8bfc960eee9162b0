/**
 * What a backup file is, told by its first bytes, so that restore refuses a file of the other
 * storage (or no backup at all) before it touches the database.
 */
import { openSync, readSync, closeSync } from 'node:fs';

export type BackupKind = 'pglite' | 'postgresql';

/** PGlite's dumpDataDir('gzip') writes a gzip stream; pg_dump --format=custom starts with PGDMP. */
const MAGIC: Record<BackupKind, Buffer> = {
  pglite: Buffer.from([0x1f, 0x8b]),
  postgresql: Buffer.from('PGDMP'),
};

export const STORAGE_NAMES: Record<BackupKind, string> = {
  pglite: 'PGlite (PALAUTE_DATA_DIR)',
  postgresql: 'PostgreSQL (DATABASE_URL)',
};

export function backupKindOf(file: string): BackupKind | undefined {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return (Object.keys(MAGIC) as BackupKind[]).find((kind) =>
    head.subarray(0, MAGIC[kind].length).equals(MAGIC[kind]),
  );
}
