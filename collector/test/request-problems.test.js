/**
 * What a 400 says on the routes that take a query, an id or a body: which part is not valid, and
 * one "field: reason" line per problem. Pinned so that moving validation onto the routes keeps it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { request } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

describe(`400 answers name what is not valid [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  const cases = [
    [
      'results',
      'GET',
      '/v1/results/nps?bucket=year',
      undefined,
      'the query is not valid',
      ['bucket: should be "week" or "month"'],
    ],
    [
      'results',
      'GET',
      '/v1/results/stream?color=red',
      undefined,
      'the query is not valid',
      ['(the document): unknown field(s) color'],
    ],
    [
      'reports',
      'GET',
      '/v1/reports?limit=0',
      undefined,
      'the query is not valid',
      ['limit: should be at least 1'],
    ],
    [
      'reports',
      'GET',
      '/v1/reports/not-a-uuid',
      undefined,
      'the report id is not valid',
      ['id: should be a valid uuid'],
    ],
    [
      'reports',
      'GET',
      '/v1/reports/not-a-uuid/audit',
      undefined,
      'the report id is not valid',
      ['id: should be a valid uuid'],
    ],
    [
      'reports',
      'PATCH',
      '/v1/reports/not-a-uuid',
      { status: 'closed' },
      'the report id is not valid',
      ['id: should be a valid uuid'],
    ],
    [
      'reports',
      'PATCH',
      '/v1/reports/7d0f6f5e-9a55-4a8e-9f57-3c1c2b9d0a11',
      { status: 'done', colour: 'red' },
      'the status change is not valid',
      ['(the document): unknown field(s) colour', 'status: should be "new" or "in-progress" or "closed"'],
    ],
    [
      'admin',
      'DELETE',
      '/v1/answers/not-a-uuid',
      undefined,
      'the answer id is not valid',
      ['id: should be a valid uuid'],
    ],
    [
      'admin',
      'GET',
      '/v1/export?from=2026-13-01',
      undefined,
      'the query is not valid',
      ['from: should be a valid date'],
    ],
  ];

  for (const [role, method, path, json, error, problems] of cases) {
    it(`${method} ${path}`, async () => {
      const { status, body } = await request(server.url, path, { method, headers: bearer(role), json });
      assert.equal(status, 400);
      assert.deepEqual(
        { ...body, problems: [...body.problems].sort() },
        { error, problems: [...problems].sort() },
      );
    });
  }
});
