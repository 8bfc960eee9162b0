/** The collector's page: what arrived, NPS per office and service, failure modes, this browser's outbox. */
import { getOutbox } from '../src/delivery/shared-outbox.js';
import type { Envelope } from '../src/schema/index.js';

interface StoredAnswer {
  receivedAt: string;
  envelope: Envelope;
}

const $ = (id: string) => document.getElementById(id)!;
const outbox = getOutbox();

function cell(row: HTMLTableRowElement, text: string): void {
  // textContent, never innerHTML: answers are other people's text.
  row.insertCell().textContent = text;
}

/** NPS = % promoters (9–10) − % detractors (0–6). */
function nps(scores: number[]): number {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
}

async function showAnswers(): Promise<void> {
  const answers = (await (await fetch('/api/feedback')).json()) as StoredAnswer[];
  const list = $('answers') as HTMLTableSectionElement;
  list.replaceChildren();
  for (const { receivedAt, envelope } of answers.slice(0, 50)) {
    const row = list.insertRow();
    cell(row, new Date(receivedAt).toLocaleTimeString());
    cell(row, envelope.kind);
    cell(row, Object.values(envelope.context).filter(Boolean).join(' · '));
    cell(row, JSON.stringify(envelope.data));
  }

  const groups = new Map<string, { unit: string; service: string; scores: number[] }>();
  for (const { envelope } of answers) {
    if (envelope.kind !== 'nps') continue;
    const unit = envelope.context.unit ?? '—';
    const service = envelope.context.service ?? '—';
    const key = `${unit}\u0000${service}`;
    const group = groups.get(key) ?? { unit, service, scores: [] };
    group.scores.push(envelope.data.score);
    groups.set(key, group);
  }
  const summary = $('summary') as HTMLTableSectionElement;
  summary.replaceChildren();
  for (const { unit, service, scores } of groups.values()) {
    const row = summary.insertRow();
    cell(row, unit);
    cell(row, service);
    cell(row, String(scores.length));
    cell(row, String(nps(scores)));
  }
}

async function showOutbox(): Promise<void> {
  const pending = await outbox.pendingCount();
  const dead = (await outbox.deadLetters()).length;
  $('outbox-status').textContent = `${pending} answer(s) waiting to be sent, ${dead} dead letter(s).`;
}

async function showModes(mode?: string): Promise<void> {
  const response = await fetch(
    '/api/collector/mode',
    mode ? { method: 'POST', body: JSON.stringify({ mode }) } : {},
  );
  const state = (await response.json()) as { mode: string; modes: string[] };
  const group = $('modes');
  group.replaceChildren(
    ...state.modes.map((name) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      button.setAttribute('aria-pressed', String(name === state.mode));
      button.addEventListener('click', () => void showModes(name));
      return button;
    }),
  );
  $('mode-status').textContent = `The collector answers: ${state.mode}.`;
}

$('retry-dead').addEventListener('click', () => void outbox.retryDeadLetters().then(showOutbox));
void showModes();
const refresh = () => Promise.all([showAnswers(), showOutbox()]);
void refresh();
setInterval(() => void refresh(), 2000);
