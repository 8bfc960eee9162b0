/**
 * Issue 24: the sender starts on every page, but its code (the outbox's schedules, lock, transport;
 * about 6 KB gzip and 94 KB of heap once running) loads only when there is something for it: a
 * record in the outbox's database (an answer waiting, a dead letter, a quarantined record) or in
 * the database of versions before 0.2, which it migrates. Where neither database exists, finding
 * that out opens nothing; an empty outbox costs one count. A tap loads the sender anyway
 * (store-envelope.ts), and so does the loader's getOutbox(). Asked again when the browser comes
 * back online, when answers another tab left might be waiting.
 */
import { OUTBOX_STORE, openExisting, requestResult } from './idb-database.js';
import { LEGACY_DB_NAME, SHARED_DB_NAME } from './outbox-names.js';
import { loadSender, loadedSender } from './sender.js';
import { withTimeLimit } from './timers.js';

let asked: Promise<void> | undefined;

/**
 * Loads the sender if its database holds anything; where that cannot be told, loads it. Asked once
 * per page (the loader and each widget's define() both call this at idle), and again on `online`.
 */
export function startSenderIfWaiting(): Promise<void> {
  if (!asked) addEventListener('online', () => void (asked = ask()));
  asked ??= ask();
  return asked;
}

async function ask(): Promise<void> {
  if (!loadedSender() && (await somethingWaiting())) await loadSender().catch(() => undefined);
}

async function somethingWaiting(): Promise<boolean> {
  try {
    const names = await existingDatabases();
    for (const name of [SHARED_DB_NAME, LEGACY_DB_NAME]) {
      if (names && !names.has(name)) continue;
      if (await holdsRecords(name)) return true;
    }
    return false;
  } catch {
    // IndexedDB refused or hung (Safari's open can): the sender knows what to do about that.
    return true;
  }
}

/** The origin's database names, or undefined where the browser cannot list them. */
async function existingDatabases(): Promise<Set<string | undefined> | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  const databases = await withTimeLimit(indexedDB.databases(), 3_000);
  return new Set(databases.map((database) => database.name));
}

async function holdsRecords(name: string): Promise<boolean> {
  const db = await withTimeLimit(openExisting(name), 3_000);
  if (!db) return false;
  try {
    if (!db.objectStoreNames.contains(OUTBOX_STORE)) return false;
    return (await requestResult(db.transaction(OUTBOX_STORE).objectStore(OUTBOX_STORE).count())) > 0;
  } finally {
    db.close();
  }
}
