/**
 * Dead letters may hold what a person wrote about a child (a name, a phone number): they are kept
 * for a limited time only, then deleted from the device.
 */
import { planRetention } from './retention.js';
import type { OutboxStorage } from './storage-types.js';

/** Deletes dead letters older than `retentionMs`; resolves to when the next one is due, if any. */
export async function pruneDeadLetters(
  storage: OutboxStorage,
  retentionMs: number,
): Promise<number | undefined> {
  const now = Date.now();
  const letters = await storage.listDead();
  const plan = planRetention(letters, (letter) => letter.deadAt, now, retentionMs);
  if (plan.expired.length > 0) await storage.removeDead(plan.expired.map((l) => l.envelope.id));
  for (const letter of plan.redate) await storage.bury(letter.envelope.id, { ...letter, deadAt: now });
  return plan.next;
}
