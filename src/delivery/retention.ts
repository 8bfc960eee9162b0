/**
 * Records the outbox keeps for a while after a moment (a dead letter's refusal, a record set
 * aside), then deletes from the device: they may hold what a person wrote about a child.
 */
export interface RetentionPlan<K> {
  /** Older than the retention time: to delete. */
  expired: K[];
  /** No time, or one ahead of the clock (which was wrong then): counted from now, so none is kept for years. */
  redate: K[];
  /** When the next of those kept is due, if any. */
  next?: number;
}

/** `timeOf`: when the record's time started counting, undefined where it has none. */
export function planRetention<K>(
  records: readonly K[],
  timeOf: (record: K) => number | undefined,
  now: number,
  retentionMs: number,
): RetentionPlan<K> {
  const plan: RetentionPlan<K> = { expired: [], redate: [] };
  for (const record of records) {
    const at = timeOf(record);
    if (at !== undefined && now - at > retentionMs) {
      plan.expired.push(record);
      continue;
    }
    if (at === undefined || at > now) plan.redate.push(record);
    const due = Math.min(at ?? now, now) + retentionMs + 1;
    plan.next = Math.min(plan.next ?? due, due);
  }
  return plan;
}
