import { randomBytes } from './bytes.js';
import { WrongPassphraseError } from './errors.js';

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 25; // 125 random bits
const GROUP = 5;

/** A new recovery code, e.g. `7K3QD-M2X9R-…`: five groups of five, printed once at setup. */
export function createRecoveryCode(): string {
  // 256 is a multiple of 32, so each byte's low five bits are uniform.
  const symbols = [...randomBytes(SYMBOLS)].map((byte) => ALPHABET[byte & 31]).join('');
  return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/**
 * The code as it is used for unwrapping, however it was typed: any case, with or without
 * dashes and spaces, O for 0 and I or L for 1.
 */
export function normalizeRecoveryCode(typed: string): string {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== SYMBOLS || [...code].some((c) => !ALPHABET.includes(c))) {
    throw new WrongPassphraseError();
  }
  return code;
}
