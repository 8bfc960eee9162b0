import { initialTables } from './001-initial-tables.js';
import { reportKeyTables } from './002-report-keys.js';
import { instanceTables } from './003-instances.js';
import { receiptTables } from './004-receipts.js';
import { alertTables } from './005-alerts.js';
import { noteTables } from './006-notes.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** In order. A released migration is never edited: a change is a new migration. */
export const MIGRATIONS: readonly Migration[] = [
  initialTables,
  reportKeyTables,
  instanceTables,
  receiptTables,
  alertTables,
  noteTables,
];
