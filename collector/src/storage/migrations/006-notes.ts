import type { Migration } from './index.js';

export const noteTables: Migration = {
  version: 6,
  name: 'notes: "you said, we did" per unit and language',
  sql: `
    -- Issue 22: what staff tell the children of a unit, "you said … so we …", in one language.
    -- Public once published; a withdrawn note stays for the staff's list, never in the public read.
    -- The token's fingerprint says which token published or withdrew it, never the token.
    CREATE TABLE notes (
      id uuid PRIMARY KEY,
      unit text NOT NULL,
      language text NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
      you_said text NOT NULL,
      we_did text NOT NULL,
      published_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_by text NOT NULL,
      withdrawn_at timestamptz,
      withdrawn_by text
    );
    -- The public read: a unit's latest notes in one language.
    CREATE INDEX notes_latest ON notes (unit, language, published_on DESC, created_at DESC)
      WHERE withdrawn_at IS NULL;
  `,
};
