import { cannotStart, type CollectorConfig } from '../config.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPgliteDatabase } from './pglite-database.js';
import { describeUrl, openPostgresDatabase } from './postgres-database.js';

/** PostgreSQL when a DATABASE_URL is configured, PGlite otherwise; migrated to the latest version. */
export async function openDatabase(
  config: Pick<CollectorConfig, 'databaseUrl' | 'dataDir'>,
  onIdleError: (error: Error) => void,
): Promise<Database> {
  const db = await connectDatabase(config, onIdleError);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * The configured database as it is, not migrated (backup must copy what is there, not what this
 * version would make of it). A database that cannot be reached or opened is a configuration
 * problem: refused like one, with its variable named and without a stack trace, and never with
 * the URL's password.
 */
export async function connectDatabase(
  { databaseUrl, dataDir }: Pick<CollectorConfig, 'databaseUrl' | 'dataDir'>,
  onIdleError: (error: Error) => void,
): Promise<Database> {
  if (databaseUrl) {
    try {
      return await openPostgresDatabase(databaseUrl, onIdleError);
    } catch (error) {
      const password = decodeURIComponent(new URL(databaseUrl).password);
      const reason = reasonOf(error);
      const safe = password ? reason.split(password).join('***') : reason;
      throw cannotStart([`DATABASE_URL: cannot use ${describeUrl(databaseUrl)}: ${safe}`], error);
    }
  }
  try {
    return await openPgliteDatabase(dataDir);
  } catch (error) {
    throw cannotStart([`PALAUTE_DATA_DIR: cannot use ${dataDir}: ${reasonOf(error)}`], error);
  }
}

const reasonOf = (error: unknown) =>
  (error instanceof Error && (error.message || (error as NodeJS.ErrnoException).code)) || String(error);
