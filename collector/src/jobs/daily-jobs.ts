/** Every daily job, in the order they run; each runs once a day across collectors (daily-once.ts). */
import type { DailyJob } from './daily-once.js';

const retentionPurge: DailyJob = {
  name: 'retention-purge',
  run: (services) => services.purge(),
};

export const DAILY_JOBS: readonly DailyJob[] = [retentionPurge];
