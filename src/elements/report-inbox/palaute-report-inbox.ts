import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { InvalidReportKeyError, WrongPassphraseError } from '../../crypto/index.js';
import type { MessageOverrides } from '../../delivery/configure.js';
import { checkEndpointUrl } from '../../delivery/endpoint.js';
import { checkSeconds } from '../../kit/common-attributes.js';
import { reportAttribute } from '../../kit/events.js';
import { FocusFollowsStepController } from '../../kit/focus-follows-step-controller.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { idleNoticeStyles } from '../../kit/idle-notice.styles.js';
import { jsonAttribute } from '../../kit/json-attribute.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { textFieldStyles } from '../../kit/text-field.styles.js';
import { auditView } from './audit-view.js';
import { sealReply } from './conversation.js';
import { conversationView } from './conversation-view.js';
import { handlersView, type Confirming } from './handlers-view.js';
import {
  apiBase,
  InboxApi,
  InboxProblem,
  type AuditRow,
  type HandlerSummary,
  type ReportStatus,
  type ReportSummary,
} from './inbox-api.js';
import {
  addHandler,
  MIN_PASSPHRASE_LENGTH,
  RECOVERY_HANDLER,
  reload,
  rotate,
  unlock,
  type UnlockedKeys,
} from './keyring.js';
import { LockController } from './lock-controller.js';
import { reportInboxMessages, type ReportInboxMessages } from './messages.js';
import { openReport, sealNote, type OpenedReport } from './open-report.js';
import { reportInboxStyles } from './palaute-report-inbox.styles.js';
import { reportList } from './report-list.js';
import { reportView } from './report-view.js';
import { signInForm } from './sign-in-form.js';

/** Seconds without input before the inbox forgets the key: 15 minutes. */
export const DEFAULT_LOCK_AFTER_SECONDS = 900;

type Screen = 'sign-in' | 'list' | 'report' | 'handlers';
type Session = { api: InboxApi; unlocked: UnlockedKeys };

/**
 * @tag palaute-report-inbox
 * @summary The deviation reports inbox for handlers: sign in with the access token and one's
 * passphrase, read reports opened in this browser (due and overdue first), acknowledge them and
 * answer their reporter with a sealed reply, set their status with a sealed internal note, see
 * their audit trail, add and remove handlers, rotate the reports key. For the collector's `/inbox` page or an intranet.
 *
 * The unwrapped keys live only in this element's memory. It forgets them, and every opened text,
 * on sign-out, when the page is hidden for good (`pagehide`), when taken off the page, and after
 * `lock-after` seconds without input (a notice comes a minute before).
 *
 * @event palaute-error - A bad attribute (`api`, `lock-after`); `detail` is `{ code: 'invalid-attribute', field, message }`.
 *
 * @csspart base - The frame.
 * @csspart list - The list of reports.
 * @csspart legacy-notice - The notice on a report stored before encryption.
 * @csspart button-primary - The main button of each screen.
 * @csspart idle-notice - The notice before the inbox signs out for inactivity.
 */
export class PalauteReportInbox extends LitElement {
  static override styles = [sharedStyles, textFieldStyles, idleNoticeStyles, reportInboxStyles];
  static override properties: PropertyDeclarations = {
    api: {},
    lockAfter: { type: Number, attribute: 'lock-after' },
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    screen: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    recovery: { state: true, attribute: false },
    filter: { state: true, attribute: false },
    reports: { state: true, attribute: false },
    next: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    opened: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    handlers: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    addProblem: { state: true, attribute: false },
    newKey: { state: true, attribute: false },
    audit: { state: true, attribute: false },
    replyProblem: { state: true, attribute: false },
    replyNotice: { state: true, attribute: false },
    sending: { state: true, attribute: false },
  };

  /** The collector's `/v1`: an http(s) URL or a path on this site. Default: this site's `/v1`. */
  api = '/v1';

  /** Seconds without input before the key is forgotten and the handler signed out. */
  lockAfter = DEFAULT_LOCK_AFTER_SECONDS;

  /** Per-language message overrides, as for the other elements. */
  messages?: MessageOverrides;

  /** Colours: `auto`, `light`, `dark` or `inherit`, as for the other elements. */
  theme: 'auto' | 'light' | 'dark' | 'inherit' = 'auto';

  /** Level of the screens' headings (1–6), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** @internal The idle lock holds on any desk, as kiosk mode's does on a shared tablet: the kit's IdleController reads this. */
  readonly kiosk = true;

  private screen: Screen = 'sign-in';
  private busy = false;
  private problem: string | undefined;
  private notice: string | undefined;
  private recovery = false;
  private filter: ReportStatus | '' = '';
  private reports: ReportSummary[] | undefined;
  private next: string | null = null;
  private loading = false;
  private opened: OpenedReport | undefined;
  private chosen: ReportStatus | undefined;
  private handlers: HandlerSummary[] | undefined;
  private confirming: Confirming;
  private addProblem: string | undefined;
  private newKey: string | undefined;
  private audit: AuditRow[] | undefined;
  private replyProblem: string | undefined;
  private replyNotice: string | undefined;
  private sending = false;

  /** Only in memory, never in a property anyone can read from outside. */
  #session: Session | undefined;
  /** Aborted when the key is forgotten: nothing loading then may show its result. */
  #loads = new AbortController();
  #apiUrl: string | undefined = apiBase('/v1');
  #checkedLockAfter: number | undefined;

  private readonly localize = new LocalizeController(this, reportInboxMessages);
  private readonly idle = new LockController(this, {
    seconds: () => this.lockSeconds,
    inUse: () => this.#session !== undefined,
    reset: () => this.forget('idle'),
  });

  constructor() {
    super();
    new FocusFollowsStepController(
      this,
      () => `${this.screen}:${this.opened?.detail.id ?? ''}`,
      () => this.renderRoot.querySelector<HTMLElement>('.screen-title'),
    );
  }

  private get lockSeconds(): number {
    return checkSeconds(this.lockAfter, DEFAULT_LOCK_AFTER_SECONDS).value;
  }

  private readonly onPageHide = () => this.forget();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.forget();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('api')) {
      const checked = checkEndpointUrl(this.api);
      this.#apiUrl = checked.ok ? apiBase(checked.url) : undefined;
      if (!checked.ok) reportAttribute(this, 'api', checked.reason);
    }
    if (changed.has('lockAfter') && !Object.is(this.#checkedLockAfter, this.lockAfter)) {
      this.#checkedLockAfter = this.lockAfter;
      const { problem } = checkSeconds(this.lockAfter, DEFAULT_LOCK_AFTER_SECONDS);
      if (problem) reportAttribute(this, 'lock-after', problem);
    }
  }

  /**
   * Forgets the keys, the token and every opened text, and shows the sign-in screen. Called on
   * sign-out, `pagehide`, removal from the page and inactivity; a page may call it too.
   */
  forget(reason?: 'sign-out' | 'idle'): void {
    this.#loads.abort();
    this.#loads = new AbortController();
    this.#session = undefined;
    Object.assign(this, {
      screen: 'sign-in',
      busy: false,
      problem: undefined,
      reports: undefined,
      next: null,
      loading: false,
      opened: undefined,
      chosen: undefined,
      handlers: undefined,
      confirming: undefined,
      addProblem: undefined,
      newKey: undefined,
      audit: undefined,
      replyProblem: undefined,
      replyNotice: undefined,
    });
    const m = this.localize.messages;
    const minutes = Math.max(1, Math.round(this.lockSeconds / 60));
    this.notice =
      reason === 'idle'
        ? format(m.signedOutIdle, { minutes })
        : reason === 'sign-out'
          ? m.signedOut
          : undefined;
  }

  protected override render() {
    const m = this.localize.messages;
    const signedIn = this.#session !== undefined;
    return html`<div part="base" class="base">
      ${this.idle.notice(m)} ${signedIn ? this.renderBar(m) : nothing}
      <div class="screen">${this.renderScreen(m)}</div>
    </div>`;
  }

  private renderBar(m: ReportInboxMessages) {
    const current = (screen: Screen) => (this.screen === screen ? 'page' : 'false');
    return html`<nav class="bar" aria-label=${m.title}>
      <p class="who">${format(m.signedInAs, { name: this.#session!.unlocked.handler })}</p>
      <div class="actions">
        <button type="button" aria-current=${current('list')} @click=${this.showList}>${m.navReports}</button>
        <button type="button" aria-current=${current('handlers')} @click=${this.showHandlers}>
          ${m.navHandlers}
        </button>
        <button type="button" @click=${this.signOut}>${m.signOut}</button>
      </div>
    </nav>`;
  }

  private renderScreen(m: ReportInboxMessages) {
    const level = headingLevel(this.headingLevel);
    const locale = this.localize.locale;
    const { busy, problem, notice } = this;
    switch (this.screen) {
      case 'sign-in':
        return signInForm(
          m,
          { level, recovery: this.recovery, busy, problem, notice },
          { submit: this.signIn, toggleRecovery: this.toggleRecovery },
        );
      case 'list':
        return reportList(
          m,
          {
            level,
            locale,
            filter: this.filter,
            reports: this.reports,
            next: this.next,
            loading: this.loading,
            problem,
          },
          {
            filter: this.changeFilter,
            open: (id) => void this.open(id),
            more: () => void this.loadList(true),
          },
        );
      case 'report': {
        const report = this.opened;
        const conversation = report
          ? conversationView(
              m,
              {
                level,
                locale,
                report,
                busy,
                sending: this.sending,
                problem: this.replyProblem,
                notice: this.replyNotice,
              },
              { acknowledge: () => void this.acknowledge(), reply: this.reply },
            )
          : nothing;
        const audit = auditView(m, this.audit, locale, level);
        return reportView(
          m,
          { level, locale, report, chosen: this.chosen, busy, problem, notice, conversation, audit },
          { back: this.showList, choose: this.choose, save: this.save },
        );
      }
      case 'handlers':
        return handlersView(
          m,
          {
            level,
            self: this.#session?.unlocked.handler ?? '',
            handlers: this.handlers,
            confirming: this.confirming,
            busy,
            problem,
            notice,
            addProblem: this.addProblem,
            newKey: this.newKey,
          },
          {
            remove: (name) => this.ask({ kind: 'remove', name }),
            rotate: () => this.ask({ kind: 'rotate' }),
            confirm: () => void this.confirmed(),
            cancel: this.cancel,
            add: this.add,
          },
        );
    }
  }

  /** The words for what went wrong talking to the collector. */
  private problemText(error: unknown): string {
    const m = this.localize.messages;
    if (error instanceof InboxProblem && error.kind === 'unauthorized') return m.tokenRefused;
    if (error instanceof InboxProblem && error.kind === 'not-found') return m.notFound;
    if (error instanceof InboxProblem && error.kind === 'unavailable') return m.unavailable;
    // Refused by the collector, or failed here (crypto): trying again may help, waiting will not.
    return m.actionFailed;
  }

  /** Runs `job` unless another is under way; what it shows is dropped if the key was forgotten meanwhile. */
  private async guarded(job: (signal: AbortSignal) => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const { signal } = this.#loads;
    try {
      await job(signal);
    } finally {
      if (!signal.aborted) this.busy = false;
    }
  }

  private readonly toggleRecovery = (event: Event) => {
    this.recovery = (event.target as HTMLInputElement).checked;
  };

  private readonly signIn = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    const read = (name: string) => String(values.get(name) ?? '');
    const name = this.recovery ? RECOVERY_HANDLER : read('name').trim();
    const token = read('token').trim();
    const secret = read('secret');
    const m = this.localize.messages;
    if (this.busy) return;
    if (!name || !token || !secret) {
      this.problem = m.fillEveryField;
      return;
    }
    void this.guarded(async (signal) => {
      this.problem = undefined;
      this.notice = undefined;
      try {
        if (!this.#apiUrl) throw new InboxProblem('unavailable', 'the api attribute is not a usable URL');
        const api = new InboxApi(this.#apiUrl, token);
        const unlocked = await unlock(api, name, secret, { recovery: this.recovery });
        if (signal.aborted) return;
        this.#session = { api, unlocked };
        this.recovery = false;
        this.screen = 'list';
        void this.loadList(false);
      } catch (error) {
        if (signal.aborted) return;
        const refused =
          error instanceof WrongPassphraseError ||
          error instanceof InvalidReportKeyError ||
          (error instanceof InboxProblem && error.kind === 'not-found');
        this.problem = refused
          ? this.recovery
            ? m.recoveryFailed
            : m.signInFailed
          : this.problemText(error);
      }
    });
  };

  private readonly signOut = () => this.forget('sign-out');

  private readonly showList = () => {
    if (!this.#session) return;
    this.screen = 'list';
    this.opened = this.audit = undefined;
    this.problem = this.notice = this.replyProblem = this.replyNotice = undefined;
    void this.loadList(false);
  };

  private readonly changeFilter = (event: Event) => {
    this.filter = (event.target as HTMLSelectElement).value as ReportStatus | '';
    void this.loadList(false);
  };

  private async loadList(more: boolean): Promise<void> {
    const session = this.#session;
    if (!session) return;
    const { signal } = this.#loads;
    const shown = more ? (this.reports?.length ?? 0) : 0;
    this.loading = true;
    this.problem = undefined;
    try {
      const page = await session.api.reports(
        { status: this.filter || undefined, before: more ? (this.next ?? undefined) : undefined },
        signal,
      );
      if (signal.aborted) return;
      this.reports = more ? [...(this.reports ?? []), ...page.reports] : page.reports;
      this.next = page.next;
      // "Show more" goes away or stays below: focus goes to the first report it added.
      if (more) this.focusAfterUpdate(`.reports > li:nth-child(${shown + 1}) button`);
    } catch (error) {
      if (!signal.aborted) this.problem = this.problemText(error);
    } finally {
      if (!signal.aborted) this.loading = false;
    }
  }

  /** Reads and opens the report while the list stays on screen, so focus has a place until it shows. */
  private async open(id: string): Promise<void> {
    await this.guarded(async (signal) => {
      const session = this.#session!;
      this.problem = undefined;
      this.loading = true;
      try {
        const { opened, audit } = await this.read(session, id, signal);
        if (signal.aborted) return;
        Object.assign(this, { opened, audit, chosen: undefined, notice: undefined, screen: 'report' });
        this.replyProblem = this.replyNotice = undefined;
      } catch (error) {
        if (!signal.aborted) this.problem = this.problemText(error);
      } finally {
        if (!signal.aborted) this.loading = false;
      }
    });
  }

  /** The report opened, then its audit trail, which holds this read too. */
  private async read(session: Session, id: string, signal: AbortSignal) {
    const opened = await openReport(session.unlocked, await session.api.report(id, signal));
    const { audit } = await session.api.audit(id, signal);
    return { opened, audit };
  }

  /** One click, no text: the reporter's page words the acknowledgement in their own language. */
  private async acknowledge(): Promise<void> {
    const id = this.opened!.detail.id;
    const m = this.localize.messages;
    await this.guarded(async (signal) => {
      const session = this.#session!;
      this.replyProblem = this.replyNotice = undefined;
      try {
        // 409: another handler was first; the report as it is now shows that.
        await session.api.acknowledge(id).catch((error: unknown) => {
          if (!(error instanceof InboxProblem && error.kind === 'conflict')) throw error;
        });
        const read = await this.read(session, id, signal);
        if (signal.aborted) return;
        Object.assign(this, { ...read, replyNotice: m.acknowledgedNotice });
        // The button pressed is gone: focus goes to the conversation it added to.
        this.focusAfterUpdate('.conversation-title');
      } catch (error) {
        if (!signal.aborted) this.replyProblem = this.problemText(error);
      }
    });
  }

  private readonly reply = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('reply') ?? '').trim();
    const detail = this.opened!.detail;
    const m = this.localize.messages;
    if (this.busy) return;
    this.replyNotice = undefined;
    if (!text) {
      this.replyProblem = m.errorReplyEmpty;
      this.focusAfterUpdate('#reply');
      return;
    }
    void this.guarded(async (signal) => {
      const session = this.#session!;
      this.replyProblem = undefined;
      this.sending = true;
      try {
        await session.api.reply(detail.id, await sealReply(session.unlocked, detail, text));
        const read = await this.read(session, detail.id, signal);
        if (signal.aborted) return;
        form.reset();
        Object.assign(this, { ...read, replyNotice: m.replySent });
      } catch (error) {
        if (!signal.aborted) this.replyProblem = this.problemText(error);
      } finally {
        this.sending = false;
      }
    });
  };

  private readonly choose = (event: Event) => {
    this.chosen = (event.target as HTMLInputElement).value as ReportStatus;
  };

  private readonly save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('note') ?? '').trim();
    const status = this.chosen ?? this.opened!.detail.status;
    const id = this.opened!.detail.id;
    void this.guarded(async (signal) => {
      const session = this.#session!;
      this.problem = this.notice = undefined;
      try {
        const note = text ? await sealNote(session.unlocked, id, text) : undefined;
        await session.api.changeStatus(id, status, note);
        const read = await this.read(session, id, signal);
        if (signal.aborted) return;
        form.reset();
        Object.assign(this, { ...read, chosen: undefined, notice: this.localize.messages.saved });
      } catch (error) {
        if (!signal.aborted) this.problem = this.problemText(error);
      }
    });
  };

  private readonly showHandlers = () => {
    if (!this.#session) return;
    Object.assign(this, { screen: 'handlers', opened: undefined, confirming: undefined, newKey: undefined });
    this.problem = this.notice = this.addProblem = undefined;
    void this.loadHandlers();
  };

  private async loadHandlers(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    const { signal } = this.#loads;
    try {
      const { handlers } = await session.api.handlers(signal);
      if (!signal.aborted) this.handlers = handlers;
    } catch (error) {
      if (!signal.aborted) this.problem = this.problemText(error);
    }
  }

  private ask(confirming: Confirming): void {
    this.confirming = confirming;
    this.newKey = undefined;
    // The button pressed is gone: focus goes to the choice that changes nothing.
    this.focusAfterUpdate('.confirm button:not(.primary)');
  }

  private readonly cancel = () => {
    const asked = this.confirming;
    this.confirming = undefined;
    // Back to the button that asked.
    this.focusAfterUpdate(
      asked?.kind === 'remove' ? `.handlers button[data-name="${CSS.escape(asked.name)}"]` : 'button.rotate',
    );
  };

  private async confirmed(): Promise<void> {
    const asked = this.confirming;
    const m = this.localize.messages;
    await this.guarded(async (signal) => {
      const session = this.#session!;
      this.problem = this.notice = undefined;
      try {
        if (asked?.kind === 'remove') {
          await session.api.removeHandler(asked.name);
          if (signal.aborted) return;
          this.notice = format(m.removed, { name: asked.name });
          this.focusAfterUpdate('.screen-title');
          await this.loadHandlers();
        } else if (asked?.kind === 'rotate') {
          const publicKey = await rotate(session.api);
          const unlocked = await reload(session.api, session.unlocked);
          if (signal.aborted) return;
          this.#session = { ...session, unlocked };
          this.newKey = `"reportKey": ${JSON.stringify(publicKey)}`;
          this.focusAfterUpdate('#new-key');
        }
      } catch (error) {
        if (!signal.aborted) this.problem = this.problemText(error);
      } finally {
        if (!signal.aborted) this.confirming = undefined;
      }
    });
  }

  private readonly add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    const name = String(values.get('name') ?? '').trim();
    const passphrase = String(values.get('passphrase') ?? '');
    const again = String(values.get('again') ?? '');
    const m = this.localize.messages;
    const taken = name === RECOVERY_HANDLER || this.handlers?.some((handler) => handler.name === name);
    const [problem, field] = !name
      ? [m.errorName, 'new-name']
      : taken
        ? [m.errorNameTaken, 'new-name']
        : [...passphrase].length < MIN_PASSPHRASE_LENGTH
          ? [format(m.errorShortPassphrase, { min: MIN_PASSPHRASE_LENGTH }), 'new-passphrase']
          : passphrase !== again
            ? [m.errorMismatch, 'new-passphrase-again']
            : [];
    if (this.busy) return;
    this.addProblem = problem;
    this.notice = undefined;
    if (problem) {
      this.focusAfterUpdate(`#${field}`);
      return;
    }
    void this.guarded(async (signal) => {
      const session = this.#session!;
      try {
        await addHandler(session.api, session.unlocked, name, passphrase);
        if (signal.aborted) return;
        form.reset();
        this.notice = format(m.added, { name });
        await this.loadHandlers();
      } catch (error) {
        if (signal.aborted) return;
        this.addProblem =
          error instanceof InboxProblem && error.kind === 'conflict'
            ? m.errorNameTaken
            : this.problemText(error);
      }
    });
  };

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-report-inbox': PalauteReportInbox;
  }
  interface PalauteMessagesByTag {
    'palaute-report-inbox': ReportInboxMessages;
  }
}
