/**
 * A real palaute-collector on another origin (test/support/test-collector.mjs) for the notes tests,
 * and a note published on it as the staff's dashboard does, with its `results` token.
 */
export interface NotesCollector {
  url: string;
  token: string;
  /** The answers endpoint the widgets are given; the notes are read beside it. */
  endpoint: string;
}

export async function startNotesCollector(): Promise<NotesCollector> {
  const { url, token } = (await (await fetch('/test-collector', { method: 'POST' })).json()) as {
    url: string;
    token: string;
  };
  return { url, token, endpoint: `${url}/v1/answers` };
}

export function stopNotesCollector(collector: NotesCollector | undefined): Promise<unknown> {
  if (!collector) return Promise.resolve();
  return fetch(`/test-collector/${new URL(collector.url).port}`, { method: 'DELETE' });
}

export interface NoteToPublish {
  unit: string;
  lang: 'fi' | 'sv' | 'en';
  youSaid: string;
  weDid: string;
  date: string;
}

/** Publishes through the collector's staff route; answers the stored note's id. */
export async function publishNote(collector: NotesCollector, note: NoteToPublish): Promise<string> {
  const response = await fetch(`${collector.url}/v1/notes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${collector.token}` },
    body: JSON.stringify(note),
  });
  if (response.status !== 201) throw new Error(`publishing answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** Shadow-root text with whitespace folded, as a reader would take it in. */
export const shownText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
