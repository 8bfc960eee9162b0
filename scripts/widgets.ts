/**
 * Every element under src/elements/, one entry each: the one list the build, the size report and
 * the tests take the widgets from. A folder's name gives the rest: the tag is `palaute-<folder>`,
 * the package entry `palaute/<folder>` (dist/<folder>.js), the loader's chunk palaute-<folder>-*.js.
 *
 * Generated from it: the loader's tags (scripts/loader-widgets.ts) and the package entries
 * (vite.config.ts). Checked against it, because they are written by hand for people to read
 * (test/package/widget-registry.node.test.mjs): package.json's exports and sideEffects,
 * src/index.ts, the size budgets, the test drivers and the custom elements manifest.
 */
import type { EnvelopeKind } from '../src/schema/envelope.js';

export interface ElementEntry {
  /** The folder under src/elements/. */
  folder: string;
  /** The kind of envelope it sends. An element with a kind is an answer widget: the loader and `palaute` carry it. */
  kind?: EnvelopeKind;
  /** Sends nothing but is shown on public pages: the loader and `palaute` carry it too. */
  publicPages?: true;
}

export const ELEMENTS = [
  { folder: 'nps', kind: 'nps' },
  { folder: 'emoji-survey', kind: 'emoji-survey' },
  { folder: 'deviation-form', kind: 'deviation-report' },
  { folder: 'meeting-survey', kind: 'meeting' },
  // Shows results on intranets; only `palaute/results` carries it.
  { folder: 'results' },
  // The handlers' inbox of sealed deviation reports: `palaute/report-inbox`, and self-contained
  // (Lit bundled in) as dist/inbox/inbox.js for the collector's /inbox page.
  { folder: 'report-inbox' },
  // Issue 22: "you said, we did" notes for children, on the same pages as the answer widgets.
  { folder: 'you-said-we-did', publicPages: true },
  // The results dashboard: `palaute/dashboard`, and self-contained as dist/dashboard/dashboard.js
  // for the collector's page at /.
  { folder: 'dashboard' },
] as const satisfies readonly ElementEntry[];

type Entry = (typeof ELEMENTS)[number];
export type AnswerWidget = Extract<Entry, { kind: EnvelopeKind }>;
export type AnswerWidgetTag = `palaute-${AnswerWidget['folder']}`;

export const tagOf = <F extends string>(folder: F): `palaute-${F}` => `palaute-${folder}`;

/** The elements that send answers, in the order above. */
export const ANSWER_WIDGETS = ELEMENTS.filter((entry: Entry): entry is AnswerWidget => 'kind' in entry);

/** What dist/palaute.js loads by tag, and the size report measures a page of: answer widgets and public-page elements. */
export const LOADER_ELEMENTS = ELEMENTS.filter((entry: Entry) => 'kind' in entry || 'publicPages' in entry);
