/**
 * `dist/palaute.js`: a small loader. It registers nothing by itself; it watches the page (and
 * any shadow root handed to `discover()`) for `palaute-*` tags and imports a widget's chunk the
 * first time its tag appears. The chunks sit beside this file and are imported relative to it,
 * so a copied `dist/` folder works anywhere. The outbox's sender starts once the page is idle, so
 * answers left by an earlier visit are sent even on a page with no widget yet.
 */
import { resolveLocale } from './kit/locale-resolution.js';
import type { Outbox } from './delivery/outbox.js';
import { whenIdle } from './delivery/when-idle.js';

// The build gives the loader copies of its own of what it imports statically (loaderOwnCopies in
// scripts/loader-widget-imports.ts): importing the chunks' copies would hold back every widget
// until their chunk had arrived.
export { configure, getConfig, type PalauteConfig } from './delivery/configure.js';
// Each answer widget's tag and the import of its chunk, written by the build from the widget list
// (scripts/widgets.ts, scripts/loader-widgets.ts).
import WIDGETS from 'virtual:palaute/loader-widgets';

const SELECTOR = Object.keys(WIDGETS).join();
/**
 * Per widget, written in by the build (scripts/loader-widget-imports.ts): the chunks its chunk
 * imports, and its Swedish and English messages' chunks. Imported together with the widget's
 * chunk, so the browser fetches them at once instead of one after another (a widget waits for its
 * language's messages before it first renders).
 */
const WIDGET_IMPORTS = '__PALAUTE_WIDGET_IMPORTS__' as unknown as Partial<
  Record<string, { imports: string[]; messages: Partial<Record<string, string>> }>
>;
// (Unbuilt, under the dev server, it is still that string: indexing it by a tag finds nothing.)
const watched = new WeakSet<Node>();

/** The page's shared outbox, once its code has loaded (the loader itself does not carry it). */
export function getOutbox(): Promise<Outbox> {
  return import('./delivery/shared-outbox.js').then((delivery) => delivery.getOutbox());
}

/** Loads the widgets used in `root` now and in what is added to it later. Call it for shadow roots. */
export function discover(root: Document | ShadowRoot | Element = document): void {
  load(root);
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(load);
  }).observe(root, { childList: true, subtree: true });
}

/** The widgets' imports under way: the sender waits for the first ones (below). */
const importing: Promise<unknown>[] = [];

function load(node: Node): void {
  if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return;
  const elements = [...node.querySelectorAll(SELECTOR)];
  if (node instanceof Element) elements.push(node);
  for (const element of elements) {
    const tag = element.localName;
    const importWidget = WIDGETS[tag];
    if (!importWidget || customElements.get(tag)) continue;
    // Each tag once: a failed import is reported and may be tried again by a later element.
    delete WIDGETS[tag];
    const { imports = [], messages = {} } = WIDGET_IMPORTS[tag] ?? {};
    const language = messages[resolveLocale(element).locale];
    for (const file of language ? [...imports, language] : imports) {
      // A failure shows again, and is reported, where the widget's own chunk imports the file.
      importing.push(import(new URL(file, import.meta.url).href).catch(() => undefined));
    }
    const imported = importWidget().catch((error: unknown) => {
      WIDGETS[tag] = importWidget;
      console.error(`[palaute] <${tag}> could not be loaded:`, error);
    });
    importing.push(imported);
  }
}

// The widgets first: they are what the reader waits for. The sender loads once the widgets on
// the page have loaded and rendered; a tap before then is written to IndexedDB without it
// (src/kit/store-envelope.ts).
discover();
// Idle comes early while the widgets' chunks are on the way: the sender would compete with them.
// Its code loads only when something waits for it (src/delivery/sender-start.ts).
void Promise.all(importing).then(() =>
  whenIdle(
    () =>
      void import('./delivery/sender-start.js').then(
        (sender) => sender.startSenderIfWaiting(),
        () => undefined,
      ),
  ),
);
