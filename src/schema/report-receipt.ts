/**
 * The receipt a deviation report carries (issue 20): what the collector needs to answer the
 * reporter's code later, made in the reporter's browser with the code (src/crypto/receipt.ts).
 * In the clear: two SHA-256 verifiers and a reply key whose private half is wrapped with a key
 * only the code gives.
 */
import * as z from 'zod/mini';

const base64url = (length: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.minLength(length), z.maxLength(length));

/** A P-256 public key as a JWK with only the members that name it (src/crypto/report-key.ts). */
export const p256PublicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
});

export const reportReceiptSchema = z.strictObject({
  v: z.literal(1),
  lookupVerifier: base64url(43),
  appendVerifier: base64url(43),
  replyKey: z.strictObject({
    v: z.literal(1),
    iv: base64url(16),
    // The wrapped private JWK: about 170 bytes of JSON plus the tag.
    wrapped: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(400)),
    publicKey: p256PublicJwkSchema,
  }),
});
export type ReportReceiptData = z.infer<typeof reportReceiptSchema>;
