/** One exported answer as a JSON Lines line or a CSV row. */
import type { Envelope } from 'palaute/schema';
import type { ExportedAnswer } from './exported-answers.js';
import type { ExportFormat } from './export-query.js';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'createdAt',
  'receivedAt',
  'locale',
  'unit',
  'service',
  'context',
  'respondent',
  'data',
] as const;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function jsonLine(answer: ExportedAnswer): string {
  return `{"receivedAt":${JSON.stringify(answer.receivedAt.toISOString())},"envelope":${answer.envelope}}\n`;
}

/**
 * RFC 4180 quoting, and a leading apostrophe where a spreadsheet would otherwise read a cell
 * that begins with = + - @ as a formula (answers come from the public).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = () => `${CSV_COLUMNS.join(',')}\r\n`;

export function csvRow(answer: ExportedAnswer): string {
  const envelope = JSON.parse(answer.envelope) as Envelope;
  const cells = [
    envelope.id,
    envelope.kind,
    envelope.createdAt,
    answer.receivedAt.toISOString(),
    envelope.locale,
    envelope.context.unit,
    envelope.context.service,
    envelope.context.context,
    envelope.context.respondent,
    JSON.stringify(envelope.data),
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
