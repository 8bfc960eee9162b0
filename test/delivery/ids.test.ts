import { expect } from '@open-wc/testing';
import { newId } from '../../src/delivery/ids.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('is a version 4 UUID', () => {
    expect(newId()).to.match(UUID_V4);
  });

  it('makes version 4 UUIDs from getRandomValues where randomUUID is missing (plain http)', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { configurable: true, value: undefined });
    try {
      const ids = Array.from({ length: 200 }, newId);
      expect(ids.every((id) => UUID_V4.test(id))).to.equal(true);
      expect(new Set(ids).size).to.equal(200);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });
});
