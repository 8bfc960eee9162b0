import type { DashboardAlertsMessages } from './messages.js';

/** Loaded when the element speaks English. */
const messages: DashboardAlertsMessages = {
  heading: 'Alerts',
  loading: 'Loading alerts…',
  none: 'No unacknowledged alerts.',
  unauthorized: 'Alerts cannot be shown: this token may not read results.',
  unavailable: 'Alerts could not be loaded just now. Try again in a moment.',
  unitOnly: '{unit}',
  unitAndService: '{unit}, service {service}',
  rule: 'Rule {rule}',
  npsBelow: 'NPS over the last {n} answers is {nps}, below the line of {below}.',
  npsDropWeek:
    'NPS this week is {nps} ({n} answers), {drop} points lower than last week ({previousNps}, {previousN} answers). Line: {dropAtLeast} points.',
  npsDropMonth:
    'NPS this month is {nps} ({n} answers), {drop} points lower than last month ({previousNps}, {previousN} answers). Line: {dropAtLeast} points.',
  negativeFaceShare:
    '{share} % of this week’s answers ({n}) chose the saddest face on question {questionId} (survey {surveyId}). Line: {above} %.',
  otherKind: 'Numbers: {numbers}',
  fired: 'Alert',
  cleared: 'Recovered',
  stillFiring: 'Still below the line',
  acknowledge: 'Acknowledge',
  acknowledging: 'Acknowledging…',
  acknowledgeFailed: 'The alert could not be acknowledged. Try again.',
  acknowledged: 'Alert acknowledged.',
  newAlerts: 'New alerts: {count}.',
};

export default messages;
