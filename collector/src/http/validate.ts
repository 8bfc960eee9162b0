import { describeIssues } from 'palaute/schema';
import type { z } from 'zod';
import { HttpProblem } from './problems.js';

/** The parsed value, or a 400 with one "field: reason" line per problem. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new HttpProblem(400, `the ${what} is not valid`, describeIssues(parsed.error.issues));
  return parsed.data;
}
