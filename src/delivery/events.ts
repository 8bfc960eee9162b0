/** Detail types of the outbox's events, which every widget re-fires as `palaute-*` events. */
import type { Envelope } from '../schema/envelope.js';

export type PalauteErrorCode =
  /** The `endpoint` attribute (or the configured default) is missing or malformed. */
  | 'invalid-endpoint'
  /** An attribute or property has a value the widget cannot use. */
  | 'invalid-attribute'
  /** The survey definition could not be loaded or is not valid; `message` names the fields. */
  | 'invalid-survey'
  /** IndexedDB could not be used; answers are kept in memory for this page only. */
  | 'storage-unavailable'
  /** The endpoint refused the envelope with a permanent 4xx; it is in the dead letters. */
  | 'rejected'
  /**
   * The endpoint answered with a redirect, which is never delivery (usually a wrong endpoint URL or
   * a login page in front of it). The envelope stays pending and is retried; said once per envelope.
   */
  | 'redirected'
  /** A record in the outbox was not a valid envelope (an old version's, or a stranger's); it was set aside unsent. */
  | 'quarantined'
  /** The envelope waited longer than the retention time and was dropped unsent. */
  | 'expired'
  /**
   * `<palaute-deviation-form>` could not seal a report to `configure({ reportKey })` (a malformed or
   * private key, no WebCrypto, its code not loaded); the report was stored and sent as from a page
   * without the key (the collector seals those on arrival). `field` is `reportKey`.
   */
  | 'unsealed'
  /** `<palaute-results>` could not read the results (network, refused token, collector error). */
  | 'results-unavailable'
  /** "You said, we did" notes could not be read (network, collector error, not notes); the widget says so and the page goes on. */
  | 'notes-unavailable';

export interface PalauteErrorDetail {
  code: PalauteErrorCode;
  message: string;
  /** The envelope concerned, where there is one. */
  id?: string;
  /** The attribute or field concerned, where there is one. */
  field?: string;
  /** The HTTP status, for `rejected` (and `redirected` where the browser shows it). */
  status?: number;
}

export interface PalauteDeliveredDetail {
  id: string;
}

export interface PalauteRetryDetail {
  id: string;
  attempt: number;
  nextAttemptAt: number;
  reason: string;
}

export type PalauteAnswerDetail = Envelope;

/**
 * `palaute-answer`: `detail` is the envelope exactly as it is POSTed; `durable` tells whether it
 * is in IndexedDB (true) or, because IndexedDB refused it, in this page's memory only (false,
 * with a `storage-unavailable` error for the same id).
 */
export interface PalauteAnswerEvent extends CustomEvent<PalauteAnswerDetail> {
  readonly durable: boolean;
}
