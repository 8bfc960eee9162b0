/**
 * The data of a deviation report (poikkeamailmoitus). The form validates with it in the browser,
 * so it stays apart from the envelope's schemas.
 */
import * as z from 'zod/mini';
import { storableString } from './storable-string.js';
import {
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  DEVIATION_CATEGORIES,
  FREE_TEXT_MAX_LENGTH,
  HARM_ANSWERS,
  PHONE_PATTERN,
  REPORTER_ROLES,
  todayIso,
} from './constants.js';
import { visibleLength } from './text-length.js';

/**
 * Counted in characters (code points), as the form's counter counts; blank and zero-width
 * characters alone do not reach the minimum.
 */
const describedText = (min: number, max: number) =>
  storableString().check(
    z.refine((text) => visibleLength(text) >= min, { error: 'too short' }),
    // zod and JSON Schema both count code points for maxLength.
    z.maxLength(max),
  );

/** The contact details of a named report: at least one way to reach the person, and consent. */
export const deviationContactSchema = z
  .strictObject({
    name: z.optional(storableString().check(z.maxLength(200))),
    email: z.optional(z.email()),
    phone: z.optional(z.string().check(z.regex(PHONE_PATTERN))),
    consent: z.literal(true),
  })
  .check(
    z.refine((contact) => Boolean(contact.email || contact.phone), {
      error: 'give an email address or a phone number',
      path: ['email'],
      // Also when consent is missing: the person should learn of both problems at once.
      when: () => true,
    }),
  );

export type DeviationContact = z.infer<typeof deviationContactSchema>;

/** The fields a person fills in; the envelope's plaintext shape adds the receipt to them. */
export const deviationReportFields = {
  reporterRole: z.enum(REPORTER_ROLES),
  category: z.enum(DEVIATION_CATEGORIES),
  description: describedText(DESCRIPTION_MIN_LENGTH, DESCRIPTION_MAX_LENGTH),
  occurredAt: z.optional(
    z.iso.date().check(z.refine((date) => date <= todayIso(), { error: 'in the future' })),
  ),
  location: z.optional(storableString().check(z.maxLength(200))),
  harm: z.enum(HARM_ANSWERS),
  hopedOutcome: z.optional(storableString().check(z.maxLength(FREE_TEXT_MAX_LENGTH))),
  anonymous: z.boolean(),
  contact: z.optional(deviationContactSchema),
};

export const contactMatchesAnonymous = z.refine<{ anonymous: boolean; contact?: unknown }>(
  (report) => report.anonymous === !report.contact,
  { error: 'an anonymous report has no contact details; a named one has them', path: ['contact'] },
);

export const deviationReportDataSchema = z.strictObject(deviationReportFields).check(contactMatchesAnonymous);
export type DeviationReportData = z.infer<typeof deviationReportDataSchema>;
