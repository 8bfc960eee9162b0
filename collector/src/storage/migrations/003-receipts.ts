import type { Migration } from './index.js';

export const receiptTables: Migration = {
  version: 3,
  name: 'receipts, report messages, acknowledgement and closing times, overdue events',
  sql: `
    -- What a reporter's receipt code is checked against (issue 20): SHA-256 verifiers of the two
    -- keys the code derives, and their reply key pair with the private half wrapped by the code.
    -- Never the code. Written in the transaction that stores the report; gone with it.
    CREATE TABLE report_receipts (
      report_id uuid PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
      lookup_verifier text NOT NULL UNIQUE,
      append_verifier text NOT NULL,
      reply_key jsonb NOT NULL
    );

    -- The conversation between the handlers and the reporter. An acknowledgement has no text; a
    -- reply or an addition is sealed twice, to the organisation's reports key (kid, sealed) and to
    -- the reporter's reply key (for_reporter). There is no column for text in the clear.
    CREATE TABLE report_messages (
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      id uuid PRIMARY KEY,
      report_id uuid NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
      type text NOT NULL CHECK (type IN ('acknowledgement', 'reply', 'addition')),
      created_at timestamptz NOT NULL,
      kid text REFERENCES report_keys (kid),
      sealed jsonb,
      for_reporter jsonb,
      -- An addition's envelope digest, so a resend is told from another body under the same id.
      digest text,
      CHECK ((type = 'acknowledgement') = (sealed IS NULL))
    );
    CREATE INDEX report_messages_by_report ON report_messages (report_id, created_at, seq);

    -- The due dates are computed from received_at and these (PALAUTE_REPORT_*_DAYS), not stored.
    ALTER TABLE report_cases ADD COLUMN acknowledged_at timestamptz;
    ALTER TABLE report_cases ADD COLUMN closed_at timestamptz;
    UPDATE report_cases SET closed_at = updated_at WHERE status = 'closed';

    -- One report.overdue event per report, deadline and day, however many instances run the check.
    CREATE TABLE report_overdue_events (
      report_id uuid NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
      deadline text NOT NULL CHECK (deadline IN ('acknowledgement', 'feedback')),
      day date NOT NULL,
      PRIMARY KEY (report_id, deadline, day)
    );

    -- The webhook outbox also carries events: their own body and idempotency key instead of the
    -- answer's envelope and id. answer_id still names the report, so retention removes them too.
    ALTER TABLE webhook_outbox ADD COLUMN event_id uuid;
    ALTER TABLE webhook_outbox ADD COLUMN event jsonb;
  `,
};
