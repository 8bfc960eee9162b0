import { expect } from '@open-wc/testing';
import { classifyStatus } from '../../src/delivery/transport.js';

describe('classifyStatus', () => {
  const cases: Array<[number, string]> = [
    [200, 'delivered'],
    [201, 'delivered'],
    [204, 'delivered'],
    [409, 'delivered'],
    [408, 'retry'],
    [425, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [400, 'rejected'],
    [401, 'rejected'],
    [403, 'rejected'],
    [404, 'rejected'],
    [413, 'rejected'],
    [422, 'rejected'],
  ];
  for (const [status, expected] of cases) {
    it(`treats ${status} as ${expected}`, () => expect(classifyStatus(status)).to.equal(expected));
  }
});
