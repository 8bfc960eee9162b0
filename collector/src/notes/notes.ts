/** The notes table: publish, withdraw (once; again is a no-op), and the two reads. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/database.js';
import type { NewNote } from './note-schemas.js';

/** What anyone may read: the note's words, language and date. */
export interface PublicNote {
  readonly id: string;
  readonly unit: string;
  readonly lang: string;
  readonly youSaid: string;
  readonly weDid: string;
  readonly date: string;
}

/** What the staff see besides: when it was written and withdrawn, and by which token. */
export interface StaffNote extends PublicNote {
  readonly createdAt: string;
  readonly publishedBy: string;
  readonly withdrawnAt: string | null;
  readonly withdrawnBy: string | null;
}

interface NoteRow {
  id: string;
  unit: string;
  language: string;
  you_said: string;
  we_did: string;
  published_on: string;
  created_at: Date | string;
  published_by: string;
  withdrawn_at: Date | string | null;
  withdrawn_by: string | null;
}

// The date as text: a `date` read back as a JS Date would move by the server's time zone.
const COLUMNS = `id, unit, language, you_said, we_did, to_char(published_on, 'YYYY-MM-DD') AS published_on,
  created_at, published_by, withdrawn_at, withdrawn_by`;

const iso = (value: Date | string) => new Date(value).toISOString();

const publicNote = (row: NoteRow): PublicNote => ({
  id: row.id,
  unit: row.unit,
  lang: row.language,
  youSaid: row.you_said,
  weDid: row.we_did,
  date: row.published_on,
});

const staffNote = (row: NoteRow): StaffNote => ({
  ...publicNote(row),
  createdAt: iso(row.created_at),
  publishedBy: row.published_by,
  withdrawnAt: row.withdrawn_at === null ? null : iso(row.withdrawn_at),
  withdrawnBy: row.withdrawn_by,
});

export class Notes {
  constructor(private readonly db: Database) {}

  async publish(note: NewNote, fingerprint: string): Promise<StaffNote> {
    const [row] = await this.db.query<NoteRow>(
      `INSERT INTO notes (id, unit, language, you_said, we_did, published_on, published_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [randomUUID(), note.unit, note.lang, note.youSaid, note.weDid, note.date, fingerprint],
    );
    return staffNote(row!);
  }

  /** The note, withdrawn at the first call (a second keeps that time and token); undefined if none. */
  async withdraw(id: string, fingerprint: string): Promise<StaffNote | undefined> {
    const [row] = await this.db.query<NoteRow>(
      `UPDATE notes SET withdrawn_at = COALESCE(withdrawn_at, now()),
         withdrawn_by = COALESCE(withdrawn_by, $2)
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, fingerprint],
    );
    return row ? staffNote(row) : undefined;
  }

  /** Every note, withdrawn ones too, newest first; of one unit if given. */
  async all(unit: string | undefined): Promise<StaffNote[]> {
    const rows = await this.db.query<NoteRow>(
      `SELECT ${COLUMNS} FROM notes WHERE ($1::text IS NULL OR unit = $1)
       ORDER BY published_on DESC, created_at DESC, id`,
      [unit ?? null],
    );
    return rows.map(staffNote);
  }

  /** A unit's latest notes in one language that are not withdrawn. */
  async latest(unit: string, lang: string, limit: number): Promise<PublicNote[]> {
    const rows = await this.db.query<NoteRow>(
      `SELECT ${COLUMNS} FROM notes WHERE unit = $1 AND language = $2 AND withdrawn_at IS NULL
       ORDER BY published_on DESC, created_at DESC, id LIMIT $3`,
      [unit, lang, limit],
    );
    return rows.map(publicNote);
  }
}
