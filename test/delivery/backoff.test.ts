import { expect } from '@open-wc/testing';
import { parseRetryAfter, retryDelay } from '../../src/delivery/backoff.js';

const options = { baseMs: 1000, maxMs: 8000 };

describe('retryDelay', () => {
  it('doubles per attempt with equal jitter: between half and all of the exponential delay', () => {
    expect([1, 2, 3, 4].map((a) => retryDelay(a, undefined, options, () => 0))).to.deep.equal([
      500, 1000, 2000, 4000,
    ]);
    expect([1, 2, 3, 4].map((a) => retryDelay(a, undefined, options, () => 1))).to.deep.equal([
      1000, 2000, 4000, 8000,
    ]);
  });

  it('stops growing at maxMs', () => {
    expect(retryDelay(30, undefined, options, () => 1)).to.equal(8000);
  });

  it('never retries before Retry-After, and caps a Retry-After of more than a day', () => {
    expect(retryDelay(1, 5000, options, () => 0)).to.equal(5000);
    expect(retryDelay(1, 10 * 24 * 3600_000, options, () => 0)).to.equal(24 * 3600_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).to.equal(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter('-5')).to.equal(undefined);
  });
});
