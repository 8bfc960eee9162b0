/** An alert's rule and numbers as one sentence in the element's language. */
import { format } from '../../../kit/i18n.js';
import type { DashboardAlert } from './alerts-source.js';
import type { DashboardAlertsMessages } from './messages.js';

/** Numbers in the language's own way (a decimal comma in Finnish and Swedish); text as it is. */
function localized(numbers: DashboardAlert['numbers'], locale: string): Record<string, string> {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return Object.fromEntries(
    Object.entries(numbers).map(([name, value]) => [
      name,
      typeof value === 'number' ? number.format(value) : value,
    ]),
  );
}

export function alertSentence(m: DashboardAlertsMessages, alert: DashboardAlert, locale: string): string {
  const values = localized(alert.numbers, locale);
  switch (alert.kind) {
    case 'nps-below':
      return format(m.npsBelow, values);
    case 'nps-drop':
      return format(alert.numbers.period === 'month' ? m.npsDropMonth : m.npsDropWeek, values);
    case 'negative-face-share':
      return format(m.negativeFaceShare, values);
    default:
      return format(m.otherKind, {
        numbers: Object.entries(values)
          .map(([name, value]) => `${name} ${value}`)
          .join(', '),
      });
  }
}
