import { fromBase64url, toBase64url, utf8 } from './bytes.js';
import { ReportAlteredError } from './errors.js';
import { importReportPublicKey } from './report-key.js';
import { openBase, REPORT_SUITE, sealBase } from './hpke.js';

/** A sealed report as stored and sent: every field a string or a number, so it is plain JSON. */
export interface SealedReport {
  v: 1;
  suite: typeof REPORT_SUITE;
  /** The sender's ephemeral public key (HPKE `enc`), base64url. */
  enc: string;
  /** AES-256-GCM ciphertext with its 16-byte tag, base64url. */
  ct: string;
}

/** The envelope a sealed report belongs to: bound into the ciphertext, so it cannot be moved. */
export interface ReportBinding {
  envelopeId: string;
  kind: string;
  /**
   * Which sealed part of that envelope, when it has more than one (a report's text and its
   * contact details are sealed apart, so closing can delete the contact alone). Bound too.
   */
  part?: string;
}

// These two byte strings are part of the stored format: changing either one makes every report
// already sealed unreadable. The HPKE `info` names the purpose; the associated data is JSON of an
// array so that no id/kind pair can be spelled like another ("a|b" + "c" vs "a" + "b|c").
const INFO = utf8('palaute deviation report v1');
const associatedData = ({ envelopeId, kind, part }: ReportBinding): Uint8Array<ArrayBuffer> => {
  if (
    typeof envelopeId !== 'string' ||
    typeof kind !== 'string' ||
    !['string', 'undefined'].includes(typeof part)
  ) {
    throw new TypeError('a report is bound to an envelope id and a kind (and a part), all strings');
  }
  // Without a part, the format of version 1's first reports (test/crypto/v1-fixtures.ts).
  return utf8(JSON.stringify(['palaute-report', 1, envelopeId, kind, ...(part === undefined ? [] : [part])]));
};

/** Seals `plaintext` to the organisation's public key, for the envelope `binding` names. */
export async function sealReport(
  publicKeyJwk: JsonWebKey,
  plaintext: Uint8Array,
  binding: ReportBinding,
): Promise<SealedReport> {
  const aad = associatedData(binding);
  const recipientPublicKey = await importReportPublicKey(publicKeyJwk);
  const { enc, ct } = await sealBase(recipientPublicKey, INFO, aad, new Uint8Array(plaintext));
  return { v: 1, suite: REPORT_SUITE, enc: toBase64url(enc), ct: toBase64url(ct) };
}

/**
 * Opens a sealed report with the organisation's key pair: the public half too, because HPKE binds
 * the recipient's public key into the shared secret and a non-extractable private key cannot give
 * it back. Throws ReportAlteredError for anything that does not open.
 */
export async function openReport(
  keyPair: CryptoKeyPair,
  sealed: SealedReport,
  binding: ReportBinding,
): Promise<Uint8Array<ArrayBuffer>> {
  const aad = associatedData(binding);
  if (sealed?.v !== 1 || sealed.suite !== REPORT_SUITE) throw new ReportAlteredError();
  try {
    const enc = fromBase64url(sealed.enc);
    const ct = fromBase64url(sealed.ct);
    return await openBase(keyPair, enc, INFO, aad, ct);
  } catch (cause) {
    if (cause instanceof DOMException || cause instanceof SyntaxError) {
      throw new ReportAlteredError({ cause });
    }
    throw cause;
  }
}

/** Seals a JSON value: what the form, the collector and the inbox seal are all JSON. */
export async function sealJson(publicKeyJwk: JsonWebKey, value: unknown, binding: ReportBinding) {
  return sealReport(publicKeyJwk, utf8(JSON.stringify(value)), binding);
}

/** Opens a sealed JSON value; anything that does not open or does not parse is ReportAlteredError. */
export async function openJson(
  keyPair: CryptoKeyPair,
  sealed: SealedReport,
  binding: ReportBinding,
): Promise<unknown> {
  const bytes = await openReport(keyPair, sealed, binding);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new ReportAlteredError({ cause });
  }
}
