import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, resolveLocale } from './locale-resolution.js';
import { warnOnce } from '../delivery/log.js';
import type { Locale } from '../schema/constants.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang` change anywhere re-resolves every widget's language. */
function watchDocument(): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => connected.forEach((c) => c.refresh()));
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** Keeps `locale` equal to the host's resolved language and re-renders the host when it changes. */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  // The document observer misses hosts inside other shadow roots; this one sees the host itself.
  private readonly hostObserver = new MutationObserver(() => this.refresh());

  constructor(protected readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchDocument();
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.hostObserver.disconnect();
  }

  refresh(): void {
    const { locale, skipped } = resolveLocale(this.host);
    for (const lang of skipped) {
      warnOnce(`lang:${lang}`, `lang="${lang}" has no texts (fi, sv, en are supported); passed over.`);
    }
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
