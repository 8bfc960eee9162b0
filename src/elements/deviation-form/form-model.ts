/**
 * The form's values, the report data built from them, and the schema's issues turned into one
 * message per field in the person's language. Pure functions: the element only renders them.
 */
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH } from '../../schema/constants.js';
import { deviationReportDataSchema } from '../../schema/deviation-report.js';
import { format } from '../../kit/i18n.js';
import type { ValidationIssue } from '../../schema/describe-issues.js';
import type { DeviationFormMessages } from './messages.js';

export interface FormValues {
  reporterRole: string;
  category: string;
  description: string;
  occurredAt: string;
  location: string;
  harm: string;
  hopedOutcome: string;
  giveContact: boolean;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  /** The honeypot: people never see it, bots fill it in. */
  website: string;
}

export type FieldName = Exclude<keyof FormValues, 'giveContact' | 'website'>;

export const EMPTY_FORM: Readonly<FormValues> = {
  reporterRole: '',
  category: '',
  description: '',
  occurredAt: '',
  location: '',
  harm: '',
  hopedOutcome: '',
  giveContact: false,
  name: '',
  email: '',
  phone: '',
  consent: false,
  website: '',
};

/** Empty optional texts are left out; contact details exist only when the person chose to give them. */
export function reportData(values: FormValues): unknown {
  const optional = (text: string) => text.trim() || undefined;
  return withoutUndefined({
    reporterRole: values.reporterRole || undefined,
    category: values.category || undefined,
    description: values.description.trim(),
    occurredAt: optional(values.occurredAt),
    location: optional(values.location),
    harm: values.harm || undefined,
    hopedOutcome: optional(values.hopedOutcome),
    anonymous: !values.giveContact,
    contact: values.giveContact
      ? withoutUndefined({
          name: optional(values.name),
          email: optional(values.email),
          phone: optional(values.phone),
          consent: values.consent,
        })
      : undefined,
  });
}

/** The answer holds only what the person gave: no keys standing for nothing. */
function withoutUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export type FieldErrors = Partial<Record<FieldName, string>>;

export function validate(
  values: FormValues,
  m: DeviationFormMessages,
): { errors: FieldErrors; data?: ReturnType<typeof deviationReportDataSchema.parse> } {
  const parsed = deviationReportDataSchema.safeParse(reportData(values));
  if (parsed.success) return { errors: {}, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue);
    errors[field] ??= messageFor(field, issue, m);
  }
  return { errors };
}

function fieldOf(issue: ValidationIssue): FieldName {
  const [first, second] = issue.path;
  return (first === 'contact' ? (second ?? 'email') : first) as FieldName;
}

function messageFor(field: FieldName, issue: ValidationIssue, m: DeviationFormMessages): string {
  switch (field) {
    case 'reporterRole':
      return m.errorRole;
    case 'category':
      return m.errorCategory;
    case 'harm':
      return m.errorHarm;
    case 'description':
      return issue.code === 'too_big'
        ? format(m.errorDescriptionLong, { max: DESCRIPTION_MAX_LENGTH })
        : format(m.errorDescriptionShort, { min: DESCRIPTION_MIN_LENGTH });
    case 'occurredAt':
      return issue.code === 'custom' ? m.errorDateFuture : m.errorDate;
    case 'email':
      return issue.code === 'custom' ? m.errorContact : m.errorEmail;
    case 'phone':
      return m.errorPhone;
    case 'consent':
      return m.errorConsent;
    default:
      return m.errorTooLong;
  }
}
