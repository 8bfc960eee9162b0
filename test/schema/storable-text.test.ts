import { expect } from '@open-wc/testing';
import { describeIssues } from '../../src/schema/describe-issues.js';
import { deviationReportDataSchema } from '../../src/schema/deviation-report.js';
import { envelopeSchema } from '../../src/schema/envelope.js';

/**
 * The collector refuses NUL and lone surrogates with the same schema; each engine's regular
 * expressions must agree with Node's, or a browser would queue answers the collector refuses.
 */
const envelope = (comment: string, id = '3f0c4a52-8d5e-4b7a-9c61-2f4e8a1b7d90') => ({
  id,
  kind: 'nps',
  schemaVersion: 1,
  createdAt: new Date().toISOString(),
  locale: 'fi',
  context: { unit: 'u', service: null, context: null, respondent: null },
  data: { score: 9, comment },
});
const problems = (value: unknown) => {
  const parsed = envelopeSchema.safeParse(value);
  return parsed.success ? [] : describeIssues(parsed.error.issues);
};
const UNSTORABLE = 'has a NUL or a lone surrogate, which cannot be stored';

describe('text the schema refuses in the browser as in the collector', () => {
  it('refuses a NUL and a lone surrogate, naming the field', () => {
    for (const text of ['a\u0000b', '\ud800', 'x\udfffy', '\udc00\ud800']) {
      expect(problems(envelope(text))).to.deep.equal([`data.comment: ${UNSTORABLE}`]);
    }
    const report = deviationReportDataSchema.safeParse({
      reporterRole: 'staff',
      category: 'safety',
      description: 'The child was left alone in the yard.',
      location: 'yard\u0000',
      harm: 'no',
      anonymous: true,
    });
    expect(report.success ? [] : describeIssues(report.error.issues)).to.deep.equal([
      `location: ${UNSTORABLE}`,
    ]);
  });

  it('accepts characters above the BMP, written as surrogate pairs', () => {
    expect(problems(envelope('kiitos 👍🏽 𝔘 ja 😊'))).to.deep.equal([]);
  });

  it('refuses an upper-case id, as the collector does', () => {
    expect(problems(envelope('', '3F0C4A52-8D5E-4B7A-9C61-2F4E8A1B7D90'))).to.deep.equal([
      'id: should be in lowercase',
    ]);
  });
});
