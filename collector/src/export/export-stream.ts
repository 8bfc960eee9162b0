import { Readable } from 'node:stream';
import type { Queryable } from '../storage/database.js';
import { exportedAnswers } from './exported-answers.js';
import type { ExportFormat, ExportQuery } from './export-query.js';
import { csvHeader, csvRow, jsonLine } from './formats.js';

/** The export as a stream that reads a page from the database only when the client has taken the last. */
export function exportStream(
  db: Queryable,
  query: ExportQuery,
  format: ExportFormat,
  timeZone: string,
  /** Who exports (a token fingerprint), for the audit trail of the reports in the export. */
  actor: string,
): Readable {
  async function* lines() {
    if (format === 'csv') yield csvHeader();
    for await (const answer of exportedAnswers(db, query, timeZone, actor)) {
      yield format === 'csv' ? csvRow(answer) : jsonLine(answer);
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
