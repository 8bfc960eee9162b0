/**
 * A route's params, query or body refused by its zod schema (through fastify-type-provider-zod)
 * becomes a 400 that names the part, "the report id is not valid", with one "field: reason" line
 * per issue. The part's name is the schema's description, set where the route declares it.
 */
import type { FastifyError, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeIssues, type ValidationIssue } from 'palaute/schema';
import { HttpProblem } from './problems.js';

type Part = NonNullable<FastifyError['validationContext']>;

const DEFAULT_NAMES: Record<Part, string> = {
  params: 'path',
  querystring: 'query',
  body: 'body',
  headers: 'headers',
};

/** The provider keeps the issue's path as a JSON pointer; an array index comes back as a number. */
const pathOf = (pointer: string) =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

export function requestProblem(error: unknown, request: FastifyRequest): HttpProblem | undefined {
  if (!hasZodFastifySchemaValidationErrors(error)) return undefined;
  const part = error.validationContext ?? 'body';
  const schema = request.routeOptions.schema?.[part] as { description?: string } | undefined;
  const issues = error.validation.map(({ keyword, instancePath, message, params }): ValidationIssue => ({
    ...(params as Partial<ValidationIssue>),
    code: keyword,
    path: pathOf(instancePath),
    message: message ?? keyword,
  }));
  const name = schema?.description ?? DEFAULT_NAMES[part];
  return new HttpProblem(400, `the ${name} is not valid`, describeIssues(issues));
}
