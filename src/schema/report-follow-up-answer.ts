/**
 * The collector's answer to a receipt code (issue 20, docs/receipt-codes.md): the report as its
 * reporter may see it. A file apart from the addition's envelope data: the envelope union (which
 * every validating page loads) needs that, only the follow-up's lazy chunk needs this.
 */
import * as z from 'zod/mini';
import { LOCALES } from './constants.js';
import { p256PublicJwkSchema } from './report-receipt.js';
import { sealedValueSchema } from './sealed-deviation-report.js';

const base64url43 = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

export const REPORT_MESSAGE_TYPES = ['acknowledgement', 'reply', 'addition'] as const;
export const FOLLOW_UP_STATUSES = ['new', 'in-progress', 'closed'] as const;

/** One message as the reporter receives it: an acknowledgement has no text of its own. */
export const followUpMessageSchema = z.strictObject({
  id: z.uuid(),
  type: z.enum(REPORT_MESSAGE_TYPES),
  createdAt: z.iso.datetime({ offset: true }),
  forReporter: z.optional(sealedValueSchema),
});
export type FollowUpMessage = z.infer<typeof followUpMessageSchema>;

/** `POST {endpoint}/../receipts` → 200: the report as its reporter may see it. */
export const followUpSchema = z.strictObject({
  report: z.strictObject({
    id: z.uuid(),
    status: z.enum(FOLLOW_UP_STATUSES),
    locale: z.enum(LOCALES),
    receivedAt: z.iso.datetime({ offset: true }),
    acknowledgedAt: z.nullable(z.iso.datetime({ offset: true })),
    acknowledgementDue: z.iso.datetime({ offset: true }),
    feedbackDue: z.iso.datetime({ offset: true }),
    closedAt: z.nullable(z.iso.datetime({ offset: true })),
  }),
  replyKey: z.strictObject({
    v: z.literal(1),
    iv: z.string(),
    wrapped: z.string(),
    publicKey: p256PublicJwkSchema,
  }),
  /** The current reports key, to seal an addition to; null when additions cannot be received. */
  organisationKey: z.nullable(z.strictObject({ kid: base64url43, publicKey: p256PublicJwkSchema })),
  messages: z.array(followUpMessageSchema),
});
export type FollowUp = z.infer<typeof followUpSchema>;
