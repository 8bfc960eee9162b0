/**
 * Makes a test database refuse the COMMIT of any transaction that stored an answer from one unit,
 * with a deferred constraint trigger: the INSERT succeeds, the failure comes at COMMIT. Run on a
 * migrated storage while no collector has it open (PGlite allows one process per directory).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export const REFUSED_UNIT = 'refused-at-commit';

const REFUSE_COMMIT = `
  CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'the test database refuses this commit';
  END $$;
  CREATE CONSTRAINT TRIGGER refuse_commit AFTER INSERT ON answers
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.unit = '${REFUSED_UNIT}') EXECUTE FUNCTION refuse_commit();`;

export async function refuseCommitsFrom(storage) {
  if (storage.options.databaseUrl) {
    const client = new pg.Client({ connectionString: storage.options.databaseUrl });
    await client.connect();
    try {
      await client.query(REFUSE_COMMIT);
    } finally {
      await client.end();
    }
    return;
  }
  const db = await PGlite.create(storage.options.dataDir);
  try {
    await db.exec(REFUSE_COMMIT);
  } finally {
    await db.close();
  }
}
