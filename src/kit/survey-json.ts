/**
 * Where a survey definition comes from, in order: the `survey` property, the `src` URL, or an
 * inline `<script type="application/json">` child. Each failure says what went wrong in words a
 * site developer can act on. Shared by the emoji survey and the meeting survey's own surveys;
 * each validates the JSON with its own schema.
 */

/** A survey that cannot be shown: where it came from and one line per problem. */
export class SurveyProblem extends Error {
  constructor(
    readonly origin: string,
    readonly problems: string[],
  ) {
    super(`${origin}: the survey cannot be shown. ${problems.join('; ')}`);
  }
}

/** How long a survey `src` may take to answer before the child is shown an error. Tests shorten it. */
export const surveyLoading = { timeoutMs: 10_000 };

/** The survey's JSON as given and where it came from, for the widget's own schema to check. */
export async function readSurveyJson(
  host: HTMLElement,
  survey: unknown,
  src: string | undefined,
  signal: AbortSignal,
): Promise<{ origin: string; definition: unknown }> {
  if (survey !== undefined) return { origin: 'survey', definition: survey };
  if (src) {
    const origin = `src "${src}"`;
    return { origin, definition: await fetchJson(origin, src, signal) };
  }
  const origin = 'inline <script type="application/json">';
  return { origin, definition: readInlineSurvey(origin, host) };
}

/**
 * Fetches and reads the JSON within the time limit. `signal` aborts when a newer load replaces this
 * one; that abort is passed on as is, so the task drops it silently. Only the time limit is shown.
 */
async function fetchJson(origin: string, src: string, signal: AbortSignal): Promise<unknown> {
  const timeoutMs = surveyLoading.timeoutMs;
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(), timeoutMs);
  const stop = () => limit.abort();
  signal.addEventListener('abort', stop, { once: true });
  const failed = (error: unknown, problem: string) => {
    if (signal.aborted) return error;
    if (limit.signal.aborted) return new SurveyProblem(origin, [`no answer within ${timeoutMs / 1000} s`]);
    return new SurveyProblem(origin, [problem]);
  };
  try {
    let response: Response;
    try {
      response = await fetch(new URL(src, document.baseURI), { signal: limit.signal });
    } catch (error) {
      throw failed(error, 'could not be fetched (network error or blocked by the browser)');
    }
    if (!response.ok) throw new SurveyProblem(origin, [`the server answered HTTP ${response.status}`]);
    try {
      return await response.json();
    } catch (error) {
      throw failed(error, 'the response is not JSON');
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

function readInlineSurvey(origin: string, host: HTMLElement): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) {
    throw new SurveyProblem(origin, [
      'no survey: set the survey property or the src attribute, or put a <script type="application/json"> inside',
    ]);
  }
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (error) {
    throw new SurveyProblem(origin, [`not valid JSON: ${(error as Error).message}`]);
  }
}
