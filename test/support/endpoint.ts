/** Browser side of test-endpoint.mjs: a fresh bucket per test, scripted answers, the request log. */

export interface Step {
  status?: number;
  retryAfter?: string;
  delayMs?: number;
  drop?: boolean;
  /** With a 3xx status: where the redirect points. */
  location?: string;
}

export interface LoggedRequest {
  at: number;
  method: string;
  contentType: string;
  idempotencyKey: string;
  cookie: string;
  body: unknown;
  answeredWith: number | 'drop';
}

let made = 0;

export function uniqueName(prefix: string): string {
  made += 1;
  return `${prefix}-${Date.now().toString(36)}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}

export class TestEndpoint {
  readonly url: string;
  private readonly base: string;

  private constructor(name: string) {
    this.base = `/test-endpoint/${name}`;
    this.url = new URL(this.base, location.href).href;
  }

  /** A new endpoint answering `steps` in order, then `otherwise` (default 201). */
  static async create(
    steps: Step[] = [],
    otherwise: Step = { status: 201 },
    byId: Record<string, Step> = {},
  ): Promise<TestEndpoint> {
    const endpoint = new TestEndpoint(uniqueName('ep'));
    await endpoint.script(steps, otherwise, byId);
    return endpoint;
  }

  /** `byId` answers every request for one envelope id the same way, ahead of `steps`. */
  async script(
    steps: Step[],
    otherwise: Step = { status: 201 },
    byId: Record<string, Step> = {},
  ): Promise<void> {
    await fetch(`${this.base}/script`, { method: 'PUT', body: JSON.stringify({ steps, otherwise, byId }) });
  }

  async log(): Promise<{ requests: LoggedRequest[]; overlapping: string[] }> {
    return (await fetch(`${this.base}/log`)).json();
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await this.log()).requests;
  }

  /** Requests the server answered with a 2xx, i.e. envelopes it stored. */
  async accepted(): Promise<LoggedRequest[]> {
    return (await this.requests()).filter((r) => typeof r.answeredWith === 'number' && r.answeredWith < 300);
  }

  async waitForRequests(count: number): Promise<LoggedRequest[]> {
    return waitFor(async () => {
      const requests = await this.requests();
      return requests.length >= count ? requests : undefined;
    }, `${count} request(s) at ${this.base}`);
  }
}

/** Polls until `check` gives a value; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
