/** Today as YYYY-MM-DD in the local time zone: what a date input shows and what "not in the future" means. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
