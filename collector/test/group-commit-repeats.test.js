/**
 * One id twice in one group commit: the first copy is stored, the second is a repeat. Over HTTP
 * the copies rarely land in the same batch, so the writer is given both in one turn of the event
 * loop, on a real database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AnswerWriter } from '../dist/answers/answer-writer.js';
import { openDatabase } from '../dist/storage/open-database.js';
import { npsEnvelope } from './support/envelopes.js';
import { freshStorage, STORAGE } from './support/storage.js';

describe(`group commit with one id twice [${STORAGE}]`, () => {
  let storage;
  let db;
  before(async () => {
    storage = await freshStorage();
    db = await openDatabase(storage.options, () => {});
  });
  after(async () => {
    await db?.close();
    await storage?.drop();
  });

  it('stores the first copy once and answers the second as a repeat (one 201, one 409)', async () => {
    const stored = [];
    const writer = new AnswerWriter(db, (envelope) => stored.push(envelope.id));
    const envelope = npsEnvelope();
    const outcomes = await Promise.all([
      writer.write({ envelope, webhookUrl: null }),
      writer.write({ envelope: structuredClone(envelope), webhookUrl: null }),
    ]);
    assert.deepEqual(outcomes, ['stored', 'repeat']);
    assert.deepEqual(stored, [envelope.id], 'the stream and the webhooks hear of it once');
    const rows = await db.query('SELECT id FROM answers WHERE id = $1', [envelope.id]);
    assert.equal(rows.length, 1);
  });
});
