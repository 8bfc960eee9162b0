/**
 * Dead letters may hold what a person wrote about a child (a name, a phone number): they are kept
 * for a limited time only, then deleted from the device.
 */
import type { OutboxStorage } from './storage-types.js';

/** Deletes dead letters older than `retentionMs`; resolves to when the next one is due, if any. */
export async function pruneDeadLetters(
  storage: OutboxStorage,
  retentionMs: number,
): Promise<number | undefined> {
  const now = Date.now();
  const letters = await storage.listDead();
  if (letters.length === 0) return undefined;
  const expired = letters.filter((l) => now - l.deadAt > retentionMs).map((l) => l.envelope.id);
  if (expired.length > 0) await storage.removeDead(expired);
  // A clock that was ahead when a letter died: count its time from now, so it is not kept for years.
  for (const letter of letters) {
    if (letter.deadAt > now) await storage.bury(letter.envelope.id, { ...letter, deadAt: now });
  }
  const remaining = letters.filter((l) => !expired.includes(l.envelope.id));
  if (remaining.length === 0) return undefined;
  return Math.min(...remaining.map((l) => Math.min(l.deadAt, now) + retentionMs + 1));
}
