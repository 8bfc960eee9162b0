/** The staff's side of "you said, we did": list, publish and withdraw notes with a `results` token. */
import type { Locale } from '../../../schema/constants.js';

export interface NewNote {
  unit: string;
  lang: Locale;
  youSaid: string;
  weDid: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface StaffNote extends NewNote {
  id: string;
  createdAt: string;
  withdrawnAt: string | null;
}

/** A refusal from the collector: its status and its "field: reason" lines. */
export class NotesApiProblem extends Error {
  override name = 'NotesApiProblem';
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

async function call<T>(endpoint: string, token: string, path: string, init: RequestInit = {}): Promise<T> {
  const url = new URL(path, new URL(endpoint, document.baseURI));
  const response = await fetch(url, {
    ...init,
    credentials: 'omit',
    headers: {
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      Authorization: `Bearer ${token}`,
    },
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string; problems?: string[] };
  if (!response.ok) {
    throw new NotesApiProblem(
      response.status,
      body.error ?? `answered ${response.status}`,
      body.problems ?? [],
    );
  }
  return body as T;
}

export async function listNotes(endpoint: string, token: string): Promise<StaffNote[]> {
  return (await call<{ notes: StaffNote[] }>(endpoint, token, 'v1/notes')).notes;
}

export function publishNote(endpoint: string, token: string, note: NewNote): Promise<StaffNote> {
  return call(endpoint, token, 'v1/notes', { method: 'POST', body: JSON.stringify(note) });
}

export function withdrawNote(endpoint: string, token: string, id: string): Promise<StaffNote> {
  return call(endpoint, token, `v1/notes/${encodeURIComponent(id)}/withdraw`, { method: 'POST' });
}
