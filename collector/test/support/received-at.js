/**
 * Results count answers by the week the collector received them. Tests of past weeks post their
 * answers through HTTP as usual and then say when they arrived, in the database itself, while no
 * collector has it open (PGlite allows one process per directory).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

async function run(storage, sql, params = []) {
  if (storage.options.databaseUrl) {
    const client = new pg.Client({ connectionString: storage.options.databaseUrl });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
    return;
  }
  const db = await PGlite.create(storage.options.dataDir);
  try {
    await (params.length ? db.query(sql, params) : db.exec(sql));
  } finally {
    await db.close();
  }
}

/** The answers of `unit` as if each had arrived when its `createdAt` says it was written. */
export const receivedAsWritten = (storage, unit) =>
  run(storage, 'UPDATE answers SET received_at = created_at WHERE unit = $1', [unit]);

/**
 * From now on every answer stored counts as received when it says it was written: for a test
 * that files answers under many past days at once.
 */
export const receiveAsWritten = (storage) =>
  run(
    storage,
    `CREATE FUNCTION received_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN NEW.received_at := NEW.created_at; RETURN NEW; END $$;
     CREATE TRIGGER received_as_written BEFORE INSERT ON answers
       FOR EACH ROW EXECUTE FUNCTION received_as_written();`,
  );
