/**
 * Checks of the attributes every widget shares. Each returns the usable value, or undefined with
 * the reason, so the element decides when to report it (once, when the attribute is set).
 */
import { checkEndpointUrl, type Endpoint } from '../delivery/endpoint.js';
import { MAX_TIMER_DELAY_MS } from '../delivery/timer-limit.js';
import { IDENTIFIER_MAX_LENGTH, RESPONDENT_ROLES, type RespondentRole } from '../schema/constants.js';

export type Checked<T> = { value: T | undefined; problem?: string };

export function checkIdentifier(raw: string | undefined): Checked<string> {
  const value = raw?.trim();
  if (!value) return { value: undefined };
  if (value.length <= IDENTIFIER_MAX_LENGTH) return { value };
  return {
    value: undefined,
    problem: `is longer than ${IDENTIFIER_MAX_LENGTH} characters and is left out of answers`,
  };
}

export function checkRespondent(raw: string | undefined): Checked<RespondentRole> {
  const value = raw?.trim();
  if (!value) return { value: undefined };
  if ((RESPONDENT_ROLES as readonly string[]).includes(value)) return { value: value as RespondentRole };
  return {
    value: undefined,
    problem: `"${value}" is not one of ${RESPONDENT_ROLES.join(', ')}; it is left out of answers`,
  };
}

/** The most seconds a timer can wait: setTimeout fires at once when given more. */
export const MAX_TIMER_SECONDS = Math.floor(MAX_TIMER_DELAY_MS / 1000);

/**
 * Seconds from `min` up to what a timer can hold (about 24.8 days; more is clamped to that);
 * anything else falls back to `fallback`.
 */
export function checkSeconds(raw: number, fallback: number, min = 1): Checked<number> & { value: number } {
  if (Number.isFinite(raw) && raw > MAX_TIMER_SECONDS) {
    return {
      value: MAX_TIMER_SECONDS,
      problem: `${String(raw)} seconds is longer than a timer can wait; using ${MAX_TIMER_SECONDS}`,
    };
  }
  if (Number.isFinite(raw) && raw >= min) return { value: raw };
  return {
    value: fallback,
    problem: `"${String(raw)}" is not a number of seconds (${min} or more); using ${fallback}`,
  };
}

/**
 * The element's endpoint, else the configured one, checked where they come in: the outbox takes
 * the result as it is. `null` when neither is valid: the answer is then kept until a valid
 * endpoint is configured.
 */
export function checkEndpoint(
  own: string | undefined,
  configured: string | undefined,
): Checked<Endpoint | null> & { value: Endpoint | null } {
  const ownCheck = own != null ? checkEndpointUrl(own) : undefined;
  if (ownCheck?.ok) return { value: ownCheck };
  if (ownCheck) {
    return {
      value: null,
      problem: `${ownCheck.reason}; the answer is kept until a valid endpoint is configured`,
    };
  }
  const fallback = checkEndpointUrl(configured);
  if (fallback.ok) return { value: fallback };
  return {
    value: null,
    problem:
      'no endpoint attribute, configure({ endpoint }) or <script type="application/json" data-palaute-config>; answers are kept until one is set',
  };
}
