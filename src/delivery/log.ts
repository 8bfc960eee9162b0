/** Console reporting with one prefix, so embedding sites can filter Palaute's messages. */
const PREFIX = '[palaute]';
const alreadySaid = new Set<string>();

export function reportError(message: string, ...extra: unknown[]): void {
  console.error(`${PREFIX} ${message}`, ...extra);
}

export function reportWarning(message: string, ...extra: unknown[]): void {
  console.warn(`${PREFIX} ${message}`, ...extra);
}

/** Says a thing once per page: fallbacks are worth one line, not one line per answer. */
export function warnOnce(key: string, message: string): void {
  if (alreadySaid.has(key)) return;
  alreadySaid.add(key);
  reportWarning(message);
}
