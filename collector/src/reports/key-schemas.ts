/**
 * The shapes the inbox sends when it adds a handler, rotates the key or writes a note. Everything
 * in them is public or sealed: a public key, a private key wrapped with a passphrase the collector
 * never sees, and values sealed with HPKE (src/crypto).
 */
import { PASSPHRASE_ITERATIONS } from 'palaute/crypto';
import { sealedValueSchema } from 'palaute/schema';
import { z } from 'zod';

const base64url = (length: number) =>
  z
    .string()
    .length(length)
    .regex(/^[A-Za-z0-9_-]+$/);

/** A P-256 public key as a JWK with only its four naming members (a `d` is refused as unknown). */
export const publicKeySchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
});

/** A report key id (RFC 7638 thumbprint, SHA-256, base64url). */
export const kidSchema = base64url(43);

/** A handler's name: shown in the inbox, part of a URL path and bound into their grants. */
const isNameCharacter = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && character !== '/' && character !== '\\';
};

/** Not trimmed but refused with spaces at its ends: the name is bound into grants as given. */
export const handlerNameSchema = z
  .string()
  .min(1)
  .max(100)
  .refine((name) => [...name].every(isNameCharacter), 'should have no control characters, "/" or "\\"')
  .refine((name) => name === name.trim(), 'should not begin or end with a space');

export const RECOVERY_HANDLER = 'recovery';

/** wrapPrivateKey's output (src/crypto/wrap-private-key.ts). */
export const wrappedKeySchema = z.strictObject({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(PASSPHRASE_ITERATIONS).max(100_000_000),
  salt: base64url(22),
  iv: base64url(16),
  wrapped: z
    .string()
    .min(1)
    .max(1000)
    .regex(/^[A-Za-z0-9_-]+$/),
  publicKey: publicKeySchema,
});

export const newHandlerSchema = z.strictObject({
  name: handlerNameSchema,
  publicKey: publicKeySchema,
  wrappedKey: wrappedKeySchema,
  grants: z.array(z.strictObject({ kid: kidSchema, grant: sealedValueSchema })).max(1000),
});
export type NewHandler = z.infer<typeof newHandlerSchema>;

export const newReportKeySchema = z.strictObject({
  /** Optional: when given, it must be the public key's thumbprint. */
  kid: z.optional(kidSchema),
  publicKey: publicKeySchema,
  grants: z.array(z.strictObject({ handler: handlerNameSchema, grant: sealedValueSchema })).max(1000),
});
export type NewReportKey = z.infer<typeof newReportKeySchema>;

/** A handler's note as the inbox seals it: `sealJson(key, { text }, { envelopeId: reportId, kind: 'report-note', part: id })`. */
export const sealedNoteSchema = z.strictObject({
  id: z.uuid(),
  kid: kidSchema,
  sealed: sealedValueSchema,
});
export type SealedNote = z.infer<typeof sealedNoteSchema>;

export const handlerParamsSchema = z.strictObject({ handler: handlerNameSchema });
