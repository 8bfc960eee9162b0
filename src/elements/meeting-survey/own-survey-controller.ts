import type { ReactiveControllerHost } from 'lit';
import type { PalauteErrorCode } from '../../delivery/events.js';
import type { OwnSurvey } from './own-survey.js';

interface OwnSurveyHost extends ReactiveControllerHost, HTMLElement {
  reportProblem(code: PalauteErrorCode, problem: string, field?: string): void;
}

/**
 * A site's own survey instead of the ready one: given as the `survey` property, a `src` URL or an
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
}
