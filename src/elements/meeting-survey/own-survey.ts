/**
 * A site's own meeting survey as the element holds it (own-survey-source.ts makes it from the JSON):
 * every text already resolved per language, with the language it is in for the voice.
 */
import type { Locale } from '../../schema/constants.js';

export type Texts = Readonly<Record<Locale, { readonly text: string; readonly lang: Locale }>>;

export interface OwnSurvey {
  readonly id: string;
  readonly roleQuestion: Texts | undefined;
  readonly items: readonly { readonly id: string; readonly text: Texts; readonly childText: Texts }[];
  /** The free text's own label and hint; `false`: no free text; undefined: the ready survey's. */
  readonly comment: false | { readonly label: Texts; readonly hint: Texts | undefined } | undefined;
}
