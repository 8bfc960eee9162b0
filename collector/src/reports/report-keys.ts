/**
 * The reports keys, the handlers and their grants, as the collector stores them. Nothing here can
 * open a report: private keys are stored only wrapped with a passphrase or sealed to a handler's
 * public key, and the collector never sees either unwrapped.
 */
import type { ReportPublicKeyJwk, SealedReport, WrappedReportKey } from 'palaute/crypto';
import type { Database, Queryable } from '../storage/database.js';
import { RECOVERY_HANDLER, type NewHandler, type NewReportKey } from './key-schemas.js';

export interface ReportKey {
  readonly kid: string;
  readonly publicKey: ReportPublicKeyJwk;
}

export interface Keyring {
  readonly handler: { name: string; publicKey: ReportPublicKeyJwk; wrappedKey: WrappedReportKey };
  readonly keys: { kid: string; publicKey: ReportPublicKeyJwk; current: boolean; grant: SealedReport }[];
}

/** Everything `reports init` stores, in one transaction. */
export interface FirstKeys {
  readonly reportKey: ReportKey;
  readonly handlers: readonly {
    name: string;
    publicKey: ReportPublicKeyJwk;
    wrappedKey: WrappedReportKey;
    grant: SealedReport;
  }[];
}

export type AddHandlerOutcome = 'added' | 'exists' | 'no-keys' | { readonly problems: string[] };
export type RotateOutcome = 'rotated' | 'exists' | { readonly problems: string[] };
export type RemoveHandlerOutcome = 'removed' | 'not-found' | 'recovery';

// Handlers and keys change rarely and only together with their grants: one lock, so that a
// handler added while a key is rotated cannot end up without a grant of the new key.
const KEYS_LOCK = 7_361_002;
const lock = (tx: Queryable) => tx.query('SELECT pg_advisory_xact_lock($1)', [KEYS_LOCK]);

const CURRENT = `SELECT kid, public_key AS "publicKey" FROM report_keys WHERE current`;
const AUDIT = 'INSERT INTO report_key_audit (action, subject, actor) VALUES ($1, $2, $3)';
const INSERT_KEY = 'INSERT INTO report_keys (kid, public_key, current) VALUES ($1, $2::jsonb, true)';
const INSERT_HANDLER =
  'INSERT INTO report_handlers (name, public_key, wrapped_key) VALUES ($1, $2::jsonb, $3::jsonb)';
const INSERT_GRANT = 'INSERT INTO report_key_grants (kid, handler, sealed_key) VALUES ($1, $2, $3::jsonb)';

const json = (value: unknown) => JSON.stringify(value);

const missingAndExtra = (what: string, expected: readonly string[], given: readonly string[]): string[] => [
  ...expected.filter((name) => !given.includes(name)).map((name) => `grants: no grant for ${what} "${name}"`),
  ...given
    .filter((name, index) => !expected.includes(name) || given.indexOf(name) !== index)
    .map((name) => `grants: a grant for ${what} "${name}", which is unknown or given twice`),
];

export class ReportKeys {
  constructor(private readonly db: Database) {}

  /** The key pages and the collector seal to now, or undefined before `reports init`. */
  async current(db: Queryable = this.db): Promise<ReportKey | undefined> {
    const [key] = await db.query<ReportKey>(CURRENT);
    return key;
  }

  async has(kid: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM report_keys WHERE kid = $1', [kid])).length > 0;
  }

  async anyExist(db: Queryable = this.db): Promise<boolean> {
    const keys = await db.query('SELECT 1 FROM report_keys UNION ALL SELECT 1 FROM report_handlers LIMIT 1');
    return keys.length > 0;
  }

  async keyring(name: string): Promise<Keyring | undefined> {
    return this.db.transaction(async (tx) => {
      const [handler] = await tx.query<Keyring['handler']>(
        `SELECT name, public_key AS "publicKey", wrapped_key AS "wrappedKey" FROM report_handlers WHERE name = $1`,
        [name],
      );
      if (!handler) return undefined;
      const keys = await tx.query<Keyring['keys'][number]>(
        `SELECT k.kid, k.public_key AS "publicKey", k.current, g.sealed_key AS "grant"
         FROM report_keys k JOIN report_key_grants g ON g.kid = k.kid AND g.handler = $1
         ORDER BY k.created_at DESC, k.kid`,
        [name],
      );
      return { handler, keys };
    });
  }

  async handlers(): Promise<{ name: string; publicKey: ReportPublicKeyJwk; createdAt: Date }[]> {
    return this.db.query(
      `SELECT name, public_key AS "publicKey", created_at AS "createdAt" FROM report_handlers ORDER BY created_at, name`,
    );
  }

  /** A new handler with a grant of every reports key, or why not. */
  async addHandler(handler: NewHandler, actor: string): Promise<AddHandlerOutcome> {
    return this.db.transaction(async (tx) => {
      await lock(tx);
      const kids = (await tx.query<{ kid: string }>('SELECT kid FROM report_keys')).map((row) => row.kid);
      if (!kids.length) return 'no-keys';
      const exists = await tx.query('SELECT 1 FROM report_handlers WHERE name = $1', [handler.name]);
      if (exists.length) return 'exists';
      const problems = missingAndExtra(
        'key',
        kids,
        handler.grants.map((grant) => grant.kid),
      );
      if (problems.length) return { problems };
      await tx.query(INSERT_HANDLER, [handler.name, json(handler.publicKey), json(handler.wrappedKey)]);
      for (const { kid, grant } of handler.grants)
        await tx.query(INSERT_GRANT, [kid, handler.name, json(grant)]);
      await tx.query(AUDIT, ['handler-added', handler.name, actor]);
      return 'added';
    });
  }

  /** Deletes the handler's wrapped key and grants. The recovery handler stays. */
  async removeHandler(name: string, actor: string): Promise<RemoveHandlerOutcome> {
    if (name === RECOVERY_HANDLER) return 'recovery';
    return this.db.transaction(async (tx) => {
      await lock(tx);
      const removed = await tx.query('DELETE FROM report_handlers WHERE name = $1 RETURNING name', [name]);
      if (!removed.length) return 'not-found';
      await tx.query(AUDIT, ['handler-removed', name, actor]);
      return 'removed';
    });
  }

  /** A new current key with a grant for every handler, recovery included; `kid` already checked. */
  async rotate(kid: string, key: NewReportKey, actor: string): Promise<RotateOutcome> {
    return this.db.transaction(async (tx) => {
      await lock(tx);
      if ((await tx.query('SELECT 1 FROM report_keys WHERE kid = $1', [kid])).length) return 'exists';
      const names = (await tx.query<{ name: string }>('SELECT name FROM report_handlers')).map(
        (row) => row.name,
      );
      const problems = missingAndExtra(
        'handler',
        names,
        key.grants.map((grant) => grant.handler),
      );
      if (!names.includes(RECOVERY_HANDLER) && !problems.length) {
        problems.push(`grants: there is no ${RECOVERY_HANDLER} handler; run reports init first`);
      }
      if (problems.length) return { problems };
      await tx.query('UPDATE report_keys SET current = false WHERE current');
      await tx.query(INSERT_KEY, [kid, json(key.publicKey)]);
      for (const { handler, grant } of key.grants) await tx.query(INSERT_GRANT, [kid, handler, json(grant)]);
      await tx.query(AUDIT, ['key-rotated', kid, actor]);
      return 'rotated';
    });
  }

  /** The first key, handler and recovery handler, in the caller's transaction (reports init). */
  async storeFirst(tx: Queryable, { reportKey, handlers }: FirstKeys, actor: string): Promise<void> {
    await lock(tx);
    await tx.query(INSERT_KEY, [reportKey.kid, json(reportKey.publicKey)]);
    for (const handler of handlers) {
      await tx.query(INSERT_HANDLER, [handler.name, json(handler.publicKey), json(handler.wrappedKey)]);
      await tx.query(INSERT_GRANT, [reportKey.kid, handler.name, json(handler.grant)]);
      await tx.query(AUDIT, ['handler-added', handler.name, actor]);
    }
    await tx.query(AUDIT, ['key-made', reportKey.kid, actor]);
  }
}
