/** The shared outbox's database (OutboxOptions.dbName's default). */
export const SHARED_DB_NAME = 'palaute-outbox';

/** Versions before 0.2 kept the outbox in this database (OutboxOptions.legacyDbName's default). */
export const LEGACY_DB_NAME = 'palaute';
