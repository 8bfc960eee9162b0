/**
 * palaute-collector's alerts: GET /v1/alerts (open ones) and POST /v1/alerts/:id/acknowledge,
 * with a `results` token in a header, never in a URL. What comes back is checked item by item:
 * an alert with a field of the wrong shape is left out and named.
 */

/** An alert as the collector lists it (collector/src/alerts/alert-store.ts). */
export interface DashboardAlert {
  readonly id: string;
  readonly rule: string;
  readonly kind: string;
  readonly unit: string;
  readonly service: string | null;
  /** Counts, scores and the rule's line; which ones depends on `kind`. */
  readonly numbers: Readonly<Record<string, number | string>>;
  readonly firedAt: string;
  readonly clearedAt: string | null;
  readonly acknowledgedAt: string | null;
}

/** Why the list could not be read: the status decides which message is shown. */
export class AlertsProblem extends Error {
  constructor(
    readonly kind: 'unauthorized' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown) => isText(value) && !Number.isNaN(Date.parse(value));
const orNull = (check: (value: unknown) => boolean) => (value: unknown) => value === null || check(value);
const isNumbers = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((item) => typeof item === 'number' || typeof item === 'string');

const FIELDS: Record<keyof DashboardAlert, (value: unknown) => boolean> = {
  id: isText,
  rule: isText,
  kind: isText,
  unit: isText,
  service: orNull(isText),
  numbers: isNumbers,
  firedAt: isTime,
  clearedAt: orNull(isTime),
  acknowledgedAt: orNull(isTime),
};

/** The alerts of a response body, and a "alerts[2].firedAt" line for each one left out. */
export function readAlerts(body: unknown): { alerts: DashboardAlert[]; problems: string[] } {
  const list = (body as { alerts?: unknown } | null)?.alerts;
  if (!Array.isArray(list)) return { alerts: [], problems: ['alerts: should be a list'] };
  const alerts: DashboardAlert[] = [];
  const problems: string[] = [];
  list.forEach((item: unknown, index) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const wrong = Object.entries(FIELDS).find(([name, check]) => !check(record[name]));
    if (wrong) problems.push(`alerts[${index}].${wrong[0]}: is missing or of the wrong type`);
    else alerts.push(record as unknown as DashboardAlert);
  });
  return { alerts, problems };
}

function request(endpoint: string, path: string, token: string | undefined, init: RequestInit = {}) {
  const url = new URL(path, new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`, document.baseURI));
  return fetch(url, {
    ...init,
    credentials: 'omit',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

async function checked(response: Promise<Response>): Promise<Response> {
  let answer: Response;
  try {
    answer = await response;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new AlertsProblem('unavailable', `the collector could not be reached: ${String(error)}`);
  }
  if (answer.status === 401 || answer.status === 403) {
    throw new AlertsProblem(
      'unauthorized',
      `the collector answered ${answer.status}: the token is not a results token`,
    );
  }
  if (!answer.ok) throw new AlertsProblem('unavailable', `the collector answered ${answer.status}`);
  return answer;
}

export async function loadAlerts(endpoint: string, token: string | undefined, signal?: AbortSignal) {
  const response = await checked(request(endpoint, 'v1/alerts', token, signal ? { signal } : {}));
  return readAlerts(await response.json());
}

export async function acknowledge(endpoint: string, token: string | undefined, id: string): Promise<void> {
  await checked(
    request(endpoint, `v1/alerts/${encodeURIComponent(id)}/acknowledge`, token, { method: 'POST' }),
  );
}
