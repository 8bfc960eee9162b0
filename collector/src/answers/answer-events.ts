import { EventEmitter } from 'node:events';
import type { AnswerEnvelope, AnswerKind } from 'palaute/schema';

/**
 * News of stored answers, after their commit: `stored` for this process's own (with the
 * envelope), `stored-elsewhere` for another collector's on the same PostgreSQL (the kind only,
 * from answer-notifications.ts).
 */
export class AnswerEvents extends EventEmitter<{
  stored: [AnswerEnvelope];
  'stored-elsewhere': [AnswerKind];
}> {
  constructor() {
    super();
    // Every open results stream listens; there may be many dashboards.
    this.setMaxListeners(0);
  }
}
