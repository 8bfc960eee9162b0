/**
 * A deviation report sealed in the reporter's browser (issue 19), apart from the report's own
 * schema: the form validates with that one and must not carry these.
 */
import * as z from 'zod/mini';
import { DEVIATION_CATEGORIES, HARM_ANSWERS, REPORT_SUITE, REPORTER_ROLES } from './constants.js';
import { contactMatchesAnonymous, deviationReportFields } from './deviation-report.js';
import { reportReceiptSchema } from './report-receipt.js';

const base64url = (maxLength: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(maxLength));

/**
 * One value sealed with HPKE in the reporter's browser (src/crypto): version, suite, the sender's
 * one-time public key (a P-256 point, 87 characters) and the ciphertext with its tag. The longest
 * report's text is about 24 KB as UTF-8 JSON, hence the cap on `ct`.
 */
export const sealedValueSchema = z.strictObject({
  v: z.literal(1),
  suite: z.literal(REPORT_SUITE),
  enc: base64url(87).check(z.minLength(87)),
  ct: base64url(40_000),
});
export type SealedValue = z.infer<typeof sealedValueSchema>;

/**
 * A deviation report sealed to the organisation's reports key (issue 19). In the clear only what
 * statistics, routing and deadlines need; the text and, apart so that closing can delete them, the
 * contact details are sealed, bound to the envelope's id and kind.
 */
export const sealedDeviationDataSchema = z
  .strictObject({
    reporterRole: z.enum(REPORTER_ROLES),
    category: z.enum(DEVIATION_CATEGORIES),
    harm: z.enum(HARM_ANSWERS),
    anonymous: z.boolean(),
    /** The reports key's JWK thumbprint (RFC 7638, SHA-256, base64url): which key opens it. */
    kid: base64url(43).check(z.minLength(43)),
    /** `{ description, occurredAt?, location?, hopedOutcome? }` as JSON. */
    sealed: sealedValueSchema,
    /** The contact details as JSON; deleted when the report is closed. */
    sealedContact: z.optional(sealedValueSchema),
    /** Issue 20: present when the form gave the reporter a receipt code. */
    receipt: z.optional(reportReceiptSchema),
  })
  .check(
    z.refine((report) => report.anonymous === !report.sealedContact, {
      error: 'an anonymous report has no sealed contact details; a named one has them',
      path: ['sealedContact'],
    }),
  );
export type SealedDeviationData = z.infer<typeof sealedDeviationDataSchema>;

/**
 * A report in the clear, from a page without `reportKey`, as it travels: the person's fields and
 * the receipt (issue 20). Apart from the form's own schema, which must not carry the receipt's.
 */
export const plaintextDeviationDataSchema = z
  .strictObject({
    ...deviationReportFields,
    /** Issue 20: present when the form gave the reporter a receipt code. */
    receipt: z.optional(reportReceiptSchema),
  })
  .check(contactMatchesAnonymous);
export type PlaintextDeviationData = z.infer<typeof plaintextDeviationDataSchema>;

/** A deviation report as it travels: sealed, or in the clear from a page without `reportKey`. */
export const deviationReportPayloadSchema = z.union([
  sealedDeviationDataSchema,
  plaintextDeviationDataSchema,
]);
