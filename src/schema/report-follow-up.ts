/**
 * Following up a deviation report by its receipt code (issue 20): the reporter's addition, which
 * travels through the outbox as an envelope of its own kind. The collector's answer to a code is
 * report-follow-up-answer.ts. The contract is docs/receipt-codes.md.
 */
import * as z from 'zod/mini';
import { sealedValueSchema } from './sealed-deviation-report.js';

const base64url43 = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

/**
 * `data` of a `report-addition` envelope: the reporter adds information or answers a question.
 * The text is sealed twice (src/crypto/report-message.ts), bound to the report and to this
 * envelope's id as the message id. `appendKey` proves the code without revealing it or anything
 * it reads; it is all an addition waiting in the outbox holds of the code.
 */
export const reportAdditionDataSchema = z.strictObject({
  reportId: z.uuid(),
  appendKey: base64url43,
  kid: base64url43,
  sealed: sealedValueSchema,
  forReporter: sealedValueSchema,
});
export type ReportAdditionData = z.infer<typeof reportAdditionDataSchema>;
