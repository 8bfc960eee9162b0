/**
 * Every error response has one shape: `{ error, problems }`, where problems are "field: reason"
 * lines a developer can act on. Throw an HttpProblem from a route to send one.
 */
export interface ProblemBody {
  readonly error: string;
  readonly problems: readonly string[];
  readonly id?: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly problems: readonly string[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(error);
    this.name = 'HttpProblem';
  }
}
