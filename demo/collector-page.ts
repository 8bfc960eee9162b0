/** The results page: <palaute-results> live, the collector's failure switch, this browser's outbox. */
import { getOutbox } from '../src/delivery/shared-outbox.js';
import '../src/elements/results/define.js';

const $ = (id: string) => document.getElementById(id)!;
const outbox = getOutbox();

async function showResults(): Promise<void> {
  // The dev server made a token with the results role for this page; a real intranet page gets its own.
  const { token } = (await (await fetch('/demo-results-token')).json()) as { token: string };
  const results = document.querySelector('palaute-results')!;
  results.src = '/';
  results.token = token;
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
  $('modes').replaceChildren(
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
void showResults();
void showOutbox();
setInterval(() => void showOutbox(), 2000);
