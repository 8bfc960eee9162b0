import { randomBytes } from './bytes.js';
import { WrongReceiptCodeError } from './errors.js';

/** 16 random decimal digits: 53.1 bits, read aloud or typed on a phone's number pad. */
export const RECEIPT_CODE_DIGITS = 16;
const GROUP = 4;

/** A new receipt code, e.g. `4821 0937 5562 1408`: shown once after sending, never stored. */
export function createReceiptCode(): string {
  const digits: number[] = [];
  while (digits.length < RECEIPT_CODE_DIGITS) {
    // Bytes of 250 and above are dropped, so that every digit is equally likely (250 = 25 × 10).
    for (const byte of randomBytes(RECEIPT_CODE_DIGITS)) {
      if (byte < 250 && digits.length < RECEIPT_CODE_DIGITS) digits.push(byte % 10);
    }
  }
  return digits
    .join('')
    .match(new RegExp(`.{${GROUP}}`, 'g'))!
    .join(' ');
}

/**
 * The code's 16 digits however they were typed (spaces, dashes, dots, full-width digits from a
 * phone's keyboard). Anything else throws WrongReceiptCodeError before any request is made.
 */
export function normalizeReceiptCode(typed: string): string {
  const digits = String(typed)
    .normalize('NFKC')
    .replace(/[\s.\-–]/g, '');
  if (!new RegExp(`^[0-9]{${RECEIPT_CODE_DIGITS}}$`).test(digits)) throw new WrongReceiptCodeError();
  return digits;
}
