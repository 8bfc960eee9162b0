import type { Migration } from './index.js';

export const reportKeyTables: Migration = {
  version: 2,
  name: 'reports keys, handlers, key grants, sealed notes, key audit',
  sql: `
    -- The organisation's reports keys, one per rotation; the private halves are only in grants.
    CREATE TABLE report_keys (
      kid text PRIMARY KEY,
      public_key jsonb NOT NULL,
      current boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    -- At most one current key: pages and the collector seal to it.
    CREATE UNIQUE INDEX report_keys_one_current ON report_keys (current) WHERE current;

    -- Each handler's own key pair, the private key wrapped with their passphrase
    -- (the handler named recovery: with the recovery code).
    CREATE TABLE report_handlers (
      name text PRIMARY KEY,
      public_key jsonb NOT NULL,
      wrapped_key jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    -- A reports key's private key sealed to one handler's public key.
    CREATE TABLE report_key_grants (
      kid text NOT NULL REFERENCES report_keys (kid),
      handler text NOT NULL REFERENCES report_handlers (name) ON DELETE CASCADE,
      sealed_key jsonb NOT NULL,
      PRIMARY KEY (kid, handler)
    );

    -- Handlers' notes on a report, sealed in the inbox; the collector never sees their text.
    CREATE TABLE report_notes (
      id uuid PRIMARY KEY,
      report_id uuid NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
      kid text NOT NULL REFERENCES report_keys (kid),
      sealed jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_notes_by_report ON report_notes (report_id, created_at);

    -- Who changed the keys: handlers added and removed, keys made and rotated. Names and ids only.
    CREATE TABLE report_key_audit (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      action text NOT NULL,
      subject text NOT NULL,
      actor text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
