import type { Migration } from './index.js';

export const initialTables: Migration = {
  version: 1,
  name: 'answers, erasures, report cases and audit, webhook outbox',
  sql: `
    -- One row per envelope id. The envelope is kept whole; the columns beside it are what results
    -- filter and group by. digest identifies the body, so a repeat can be told from a changed one.
    CREATE TABLE answers (
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      unit text,
      service text,
      created_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      digest text NOT NULL,
      envelope jsonb NOT NULL
    );
    CREATE INDEX answers_by_kind_and_time ON answers (kind, created_at);
    CREATE INDEX answers_by_received ON answers (kind, received_at);

    -- Ids erased on request, so that a browser retrying an old send cannot bring the answer back.
    CREATE TABLE erased_answers (
      id uuid PRIMARY KEY,
      erased_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE report_cases (
      answer_id uuid PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-progress', 'closed')),
      note text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      contact_erased_at timestamptz
    );
    CREATE INDEX report_cases_by_status ON report_cases (status);

    -- Who read or changed which report, and when. Kept when the report is erased: ids only.
    CREATE TABLE report_audit (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      report_id uuid NOT NULL,
      action text NOT NULL,
      actor text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_audit_by_report ON report_audit (report_id);

    -- Written in the same transaction as the answer, so nothing stored is left unforwarded.
    CREATE TABLE webhook_outbox (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      answer_id uuid NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
      url text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      leased_until timestamptz,
      delivered_at timestamptz,
      last_error text
    );
    CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE delivered_at IS NULL;
  `,
};
