import { EventEmitter } from 'node:events';
import type { AnswerEnvelope } from 'palaute/schema';

/**
 * News of answers stored by this process, after their commit. In-process: with several
 * collectors on one PostgreSQL, each hears of its own answers only (see the README).
 */
export class AnswerEvents extends EventEmitter<{ stored: [AnswerEnvelope] }> {
  constructor() {
    super();
    // Every open results stream listens; there may be many dashboards.
    this.setMaxListeners(0);
  }
}
