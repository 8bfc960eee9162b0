import type { ReactiveControllerHost } from 'lit';
import type { PalauteErrorCode } from '../../delivery/events.js';
import type { Locale } from '../../schema/constants.js';
import { MEETING_ITEMS } from '../../schema/meeting-constants.js';
import type { MeetingSurveyMessages } from './messages.js';
import type { OwnSurvey } from './own-survey.js';

interface OwnSurveyHost extends ReactiveControllerHost, HTMLElement {
  reportProblem(code: PalauteErrorCode, problem: string, field?: string): void;
}

/**
 * The survey being asked, the ready one or a site's own, and its texts. A site's own survey is
 * given as given as the `survey` property, a `src` URL or an
 * inline `<script type="application/json">`. Its reading and checking (and zod) load only then;
 * a newer survey aborts an older load. A survey that cannot be shown is reported once, naming the
 * fields, and `problem` says so on screen; the page goes on working.
 */
export class OwnSurveyController {
  /** The site's survey once loaded; undefined for the ready survey, or while loading, or on a problem. */
  survey: OwnSurvey | undefined;
  state: 'ready' | 'loading' | 'problem' = 'ready';
  private loading: AbortController | undefined;

  constructor(
    private readonly host: OwnSurveyHost,
    /** Called when the survey changes: the person answering starts over on it. */
    private readonly changed: () => void,
  ) {}

  /** Loads what is given, or goes back to the ready survey. */
  load(survey: unknown, src: string | undefined): void {
    this.loading?.abort();
    this.survey = undefined;
    const given =
      survey !== undefined ||
      Boolean(src) ||
      this.host.querySelector(':scope > script[type="application/json"]');
    this.state = given ? 'loading' : 'ready';
    if (!given) return this.changed();
    const loading = (this.loading = new AbortController());
    void import('./own-survey-source.js')
      .then(({ loadOwnSurvey }) => loadOwnSurvey(this.host, survey, src, loading.signal))
      .catch((error: unknown) => ({ origin: 'survey', message: String(error), problems: [] }))
      .then((result) => {
        if (loading.signal.aborted) return;
        if ('problems' in result) {
          this.state = 'problem';
          this.host.reportProblem('invalid-survey', result.message, result.origin);
        } else {
          this.survey = result;
          this.state = 'ready';
        }
        this.changed();
      });
  }

  get itemCount(): number {
    return this.survey?.items.length ?? MEETING_ITEMS.length;
  }

  /** What the envelope names the items by. */
  get itemIds(): readonly string[] {
    return this.survey?.items.map((item) => item.id) ?? MEETING_ITEMS;
  }

  get hasComment(): boolean {
    return this.survey?.comment !== false;
  }

  /** Item `index` as the person answering reads it (a child's wording on faces), in its language. */
  itemText(m: MeetingSurveyMessages, index: number, faces: boolean, locale: Locale) {
    const item = this.survey?.items[index];
    if (item) return (faces ? item.childText : item.text)[locale];
    const key = MEETING_ITEMS[index]!;
    return { text: m[faces ? (`${key}Child` as const) : key], lang: locale };
  }

  /** The messages with a site's own role question and free text in place of the ready ones. */
  inOwnWords(m: MeetingSurveyMessages, locale: Locale): MeetingSurveyMessages {
    const comment = this.survey?.comment || undefined;
    return {
      ...m,
      roleQuestion: this.survey?.roleQuestion?.[locale].text ?? m.roleQuestion,
      commentLabel: comment?.label[locale].text ?? m.commentLabel,
      commentHint: comment?.hint?.[locale].text ?? m.commentHint,
    };
  }

  /** The items' names in the meeting's averages: a site's own items' texts, or the ready short names. */
  summaryNames(locale: Locale): string[] | undefined {
    return this.survey?.items.map((item) => item.text[locale].text);
  }
}
