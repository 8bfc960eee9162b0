/** Every daily job, in the order they run; each runs once a day across collectors (daily-once.ts). */
import type { DailyJob } from './daily-once.js';

const retentionPurge: DailyJob = {
  name: 'retention-purge',
  run: (services) => services.purge(),
};

/** Issue 20: a report.overdue webhook event per overdue report and deadline, once a day. */
const overdueReports: DailyJob = {
  name: 'overdue-reports',
  run: (services) => services.sendOverdueEvents(),
};

export const DAILY_JOBS: readonly DailyJob[] = [retentionPurge, overdueReports];
