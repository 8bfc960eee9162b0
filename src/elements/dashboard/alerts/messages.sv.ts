import type { DashboardAlertsMessages } from './messages.js';

/** Loaded when the element speaks Swedish. */
const messages: DashboardAlertsMessages = {
  heading: 'Larm',
  loading: 'Larmen hämtas…',
  none: 'Inga okvitterade larm.',
  unauthorized: 'Larmen kan inte visas: nyckeln har inte rätt att läsa resultat.',
  unavailable: 'Larmen kunde inte hämtas just nu. Försök igen om en stund.',
  unitOnly: '{unit}',
  unitAndService: '{unit}, tjänst {service}',
  rule: 'Regel {rule}',
  npsBelow: 'NPS för de senaste {n} svaren är {nps}, under gränsen {below}.',
  npsDropWeek:
    'NPS den här veckan är {nps} ({n} svar), {drop} poäng lägre än förra veckan ({previousNps}, {previousN} svar). Gräns: {dropAtLeast} poäng.',
  npsDropMonth:
    'NPS den här månaden är {nps} ({n} svar), {drop} poäng lägre än förra månaden ({previousNps}, {previousN} svar). Gräns: {dropAtLeast} poäng.',
  negativeFaceShare:
    '{share} % av veckans svarande ({n}) valde det ledsnaste ansiktet på frågan {questionId} (enkät {surveyId}). Gräns: {above} %.',
  otherKind: 'Siffror: {numbers}',
  fired: 'Larm',
  cleared: 'Läget har förbättrats',
  stillFiring: 'Läget kvarstår',
  acknowledge: 'Kvittera',
  acknowledging: 'Kvitterar…',
  acknowledgeFailed: 'Kvitteringen misslyckades. Försök igen.',
  acknowledged: 'Larmet kvitterat.',
  newAlerts: 'Nya larm: {count}.',
};

export default messages;
