/**
 * Following a report with its receipt code (issue 20): which view the form shows (its own, the
 * code, the report), what the lookup said, and the reporter's additions. The crypto and the lookup
 * are a chunk of their own (follow-up-session.ts), imported when the reporter asks to follow. The
 * typed code is read from its field when sent and not kept; the keys it gives stay in memory only,
 * until `clear()` (the kiosk's reset, `reset()`).
 */
import type { Envelope } from '../../schema/envelope.js';
import type { ReportAdditionData } from '../../schema/report-follow-up.js';
import { fetchFollowUp } from './follow-up-client.js';
import type { FollowUpSession, LookUp, OpenedMessage } from './follow-up-session.js';

export type FollowUpStep = 'closed' | 'code' | 'report';

/** Why the code step shows an error; words are the templates'. */
export type CodeProblem =
  | { kind: 'malformed' }
  | { kind: 'not-found' }
  | { kind: 'limited'; minutes: number }
  | { kind: 'unreachable' };

/** An addition sent from this page, shown in the conversation before the collector lists it. */
export interface ShownMessage extends OpenedMessage {
  sentHere?: boolean;
}

export interface FollowUpHost {
  requestUpdate(): void;
  /** The ingest endpoint's URL; undefined when none is set (the console says so). */
  endpointUrl(): string | undefined;
  /** Stores an addition through the outbox, as an answer is stored. */
  storeAddition(seal: (id: string) => Promise<ReportAdditionData>): Promise<Envelope | undefined>;
}

export class FollowUpController {
  step: FollowUpStep = 'closed';
  looking = false;
  problem: CodeProblem | undefined;
  additionEmpty = false;
  private session: FollowUpSession | undefined;
  private sentHere: ShownMessage[] = [];
  /** Bumped by `clear()`: an answer that arrives after a reset belongs to nobody on screen. */
  private generation = 0;

  constructor(private readonly host: FollowUpHost) {}

  get report(): FollowUpSession['followUp']['report'] | undefined {
    return this.session?.followUp.report;
  }

  get canAdd(): boolean {
    return Boolean(this.session?.canAdd);
  }

  /** The conversation oldest first, with this page's additions the collector has not listed yet. */
  get messages(): ShownMessage[] {
    const listed = this.session?.messages ?? [];
    const ids = new Set(listed.map(({ id }) => id));
    return [...listed, ...this.sentHere.filter(({ id }) => !ids.has(id))];
  }

  open(): void {
    this.step = 'code';
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /** Back to the form: the report and its keys are dropped. */
  clear(): void {
    this.generation += 1;
    this.step = 'closed';
    this.looking = false;
    this.problem = undefined;
    this.additionEmpty = false;
    this.session = undefined;
    this.sentHere = [];
    this.host.requestUpdate();
  }

  async lookUp(typed: string): Promise<void> {
    const endpoint = this.host.endpointUrl();
    if (this.looking || !endpoint) return;
    const generation = this.generation;
    this.looking = true;
    this.problem = undefined;
    this.host.requestUpdate();
    let result: LookUp;
    try {
      const { FollowUpSession } = await import('./follow-up-session.js');
      result = await FollowUpSession.lookUp(fetchFollowUp, endpoint, typed);
    } catch {
      // The chunk could not be fetched (offline before it was ever loaded) or no WebCrypto.
      result = { outcome: 'unreachable' };
    }
    if (generation !== this.generation) return;
    this.looking = false;
    this.show(result);
  }

  /** Looks again, e.g. after an addition was delivered; a failure keeps what is shown. */
  async refresh(): Promise<void> {
    const generation = this.generation;
    const result = await this.session?.refresh();
    if (generation === this.generation && result?.outcome === 'found') this.show(result);
  }

  private show(result: LookUp): void {
    if (result.outcome === 'found') {
      this.session = result.session;
      this.step = 'report';
    } else if (result.outcome === 'limited') {
      this.problem = {
        kind: 'limited',
        minutes: Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60)),
      };
    } else {
      this.problem = { kind: result.outcome };
    }
    this.host.requestUpdate();
  }

  /** Seals `text` and stores it through the outbox; resolves true once it is stored. */
  async add(text: string): Promise<boolean> {
    const session = this.session;
    this.additionEmpty = !text.trim();
    this.host.requestUpdate();
    if (!session || this.additionEmpty) return false;
    const envelope = await this.host.storeAddition((id) => session.sealAddition(id, text));
    if (!envelope || session !== this.session) return false;
    this.sentHere = [
      ...this.sentHere,
      { id: envelope.id, type: 'addition', createdAt: envelope.createdAt, text, sentHere: true },
    ];
    this.host.requestUpdate();
    return true;
  }
}
