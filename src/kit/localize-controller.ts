import type { ReactiveControllerHost } from 'lit';
import { getConfig, onConfigChange, type MessageOverrides } from '../delivery/configure.js';
import { reportError } from '../delivery/log.js';
import { loadMessages, messagesAt, resolveMessages, type Catalog } from './i18n.js';
import { LocaleController } from './locale-controller.js';

/** What the controller reads from its element: the `messages` overrides, where it has them. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  messages?: MessageOverrides;
}

/**
 * An element's texts in the language it is in: the catalog's messages with `configure()`'s and
 * then the element's own `messages` overrides applied. A language other than Finnish is loaded
 * when first needed, and the element renders only once it is there (no flash of Finnish on a
 * Swedish page). A `lang` or `configure()` change renders the element again.
 */
export class LocalizeController<M extends object> extends LocaleController {
  private stopConfigListening: (() => void) | undefined;

  constructor(
    protected override readonly host: LocalizeHost,
    private readonly catalog: Catalog<M>,
  ) {
    super(host);
    // Lit gives a controller no hook that can hold an update back (Lion's LocalizeMixin holds
    // performUpdate in a mixin for the same reason): every update of the host waits here.
    const updatable = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
    const schedule = updatable.scheduleUpdate.bind(host);
    updatable.scheduleUpdate = () => {
      const { catalog, locale } = this;
      if (messagesAt(catalog, locale)) return schedule();
      return loadMessages(catalog, locale)
        .catch((error: unknown) =>
          reportError(
            `<${host.localName}> the ${locale} messages could not be loaded; showing Finnish.`,
            error,
          ),
        )
        .then(schedule);
    };
  }

  /** The messages to show now. */
  get messages(): M {
    const byTag = getConfig().messages as Record<string, MessageOverrides<M> | undefined> | undefined;
    return resolveMessages(
      this.catalog,
      this.locale,
      byTag?.[this.host.localName],
      this.host.messages as MessageOverrides<M>,
    );
  }

  override hostConnected(): void {
    super.hostConnected();
    // Any configure() change: its messages, and whatever else the element shows from it.
    this.stopConfigListening = onConfigChange(() => this.host.requestUpdate());
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.stopConfigListening?.();
  }
}
