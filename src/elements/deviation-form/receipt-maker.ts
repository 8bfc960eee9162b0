/**
 * Making a receipt code (issue 20): imported at the first input, a chunk of its own, so the
 * report crypto is not on the form's first paint and its slow derivation (PBKDF2, 0.3–2 s) runs
 * while the person writes, not when they press Send.
 */
import { createReceipt } from '../../crypto/receipt.js';

export function makeReceipt(): ReturnType<typeof createReceipt> {
  return createReceipt();
}
