import type { Migration } from './index.js';

export const alertTables: Migration = {
  version: 5,
  name: 'alerts, one open per rule, unit and service',
  sql: `
    -- An alert from a rule of PALAUTE_ALERTS (issue 22): numbers, unit, service and rule only,
    -- never an answer. A row is the rule's crossing: open (firing) until the condition clears
    -- (cleared_at), shown on the dashboard until acknowledged.
    CREATE TABLE alerts (
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      id uuid PRIMARY KEY,
      rule_id text NOT NULL,
      rule_kind text NOT NULL,
      unit text NOT NULL,
      -- Null for a rule measured over all the unit's services.
      service text,
      numbers jsonb NOT NULL,
      fired_at timestamptz NOT NULL DEFAULT now(),
      cleared_at timestamptz,
      acknowledged_at timestamptz,
      -- The acknowledging token's fingerprint (auth.ts), never the token.
      acknowledged_by text
    );
    -- Once per crossing: at most one firing alert per rule, unit and service, so of two collectors
    -- (or two answers) that see the same crossing, one INSERT … ON CONFLICT DO NOTHING wins.
    CREATE UNIQUE INDEX alerts_one_firing ON alerts (rule_id, unit, COALESCE(service, ''))
      WHERE cleared_at IS NULL;
    CREATE INDEX alerts_unacknowledged ON alerts (fired_at) WHERE acknowledged_at IS NULL;

    -- alert.* events travel in the webhook outbox too, and are about no one answer.
    ALTER TABLE webhook_outbox ALTER COLUMN answer_id DROP NOT NULL;
  `,
};
