/** What every section of results needs besides its data: the texts, the language, the minimum group. */
import { html, type TemplateResult } from 'lit';
import { format } from '../../../kit/i18n.js';
import type { ResultBucket, ResultsGroupKey } from '../../../schema/results.js';
import type { DashboardMessages } from '../messages.js';

export interface ViewContext {
  readonly m: DashboardMessages;
  readonly locale: string;
  readonly minGroup: number;
  readonly bucket: ResultBucket;
}

/** A period's first day as people read it: the week's Monday, or the month. */
export function periodLabel({ locale, bucket }: ViewContext, day: string | undefined): string {
  if (!day) return '';
  const date = new Date(`${day}T12:00:00Z`);
  return bucket === 'month'
    ? date.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
    : date.toLocaleDateString(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/** An office or service, or that it was not given. */
export const groupName = ({ m }: ViewContext, name: string | null) =>
  name ?? html`<span class="muted">${m.notSet}</span>`;

/** "Office – service" as one line, for a caption. */
export const seriesName = ({ m }: ViewContext, group: ResultsGroupKey) =>
  `${group.unit ?? m.notSet} – ${group.service ?? m.notSet}`;

/** The cell(s) of a suppressed group: said in words, never a zero. */
export const suppressedCell = ({ m, minGroup }: ViewContext, colspan = 1): TemplateResult =>
  html`<td class="suppressed" colspan=${colspan}>${format(m.suppressed, { min: minGroup })}</td>`;

export const number = ({ locale }: ViewContext, value: number, signDisplay: 'auto' | 'exceptZero' = 'auto') =>
  value.toLocaleString(locale, { maximumFractionDigits: 1, signDisplay });

/** Groups by office and service, in the order first met. */
export function bySeries<G extends ResultsGroupKey>(groups: readonly G[]): G[][] {
  const series = new Map<string, G[]>();
  for (const group of groups) {
    const key = JSON.stringify([group.unit, group.service]);
    series.set(key, [...(series.get(key) ?? []), group]);
  }
  return [...series.values()];
}

/** Every bucket that occurs, oldest first. */
export const bucketsOf = (groups: readonly ResultsGroupKey[]) =>
  [...new Set(groups.map((group) => group.bucket ?? ''))].sort();
