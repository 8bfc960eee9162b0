/**
 * A zod string that refuses what no database stores (see storable-text.ts): every free-text field
 * of every kind is one. A file of its own, so that a schema needing only this does not bring in
 * the envelope's other schemas (zod's modules are kept whole by bundlers).
 */
import * as z from 'zod/mini';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable-text.js';

export const storableString = () =>
  z.string().check(z.refine(isStorableText, { error: UNSTORABLE_TEXT_MESSAGE }));
