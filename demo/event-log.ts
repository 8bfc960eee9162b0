/** Shows on the demo page what the widgets tell the page: the events an embedding site listens to. */
const log = document.querySelector<HTMLElement>('#event-log');

function write(line: string): void {
  if (!log) return;
  log.textContent = `${new Date().toLocaleTimeString()} ${line}\n${log.textContent ?? ''}`;
}

document.addEventListener('palaute-answer', (e) => write(`palaute-answer ${JSON.stringify(e.detail)}`));
document.addEventListener('palaute-delivered', (e) => write(`palaute-delivered ${e.detail.id}`));
document.addEventListener('palaute-error', (e) =>
  write(`palaute-error ${e.detail.code}: ${e.detail.message}`),
);
