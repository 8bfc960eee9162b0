/** The form model alone: values in, report data or one message per field out. */
import { expect } from '@open-wc/testing';
import { EMPTY_FORM, reportData, validate } from '../../../src/elements/deviation-form/form-model.js';
import {
  deviationFormMessages,
  type DeviationFormMessages,
} from '../../../src/elements/deviation-form/messages.js';
import { messagesIn } from '../../support/messages.js';

const VALID = {
  ...EMPTY_FORM,
  reporterRole: 'parent-or-relative',
  category: 'safety',
  description: '  The door was left open all night and nobody noticed.  ',
  harm: 'no',
};

describe('deviation form model', () => {
  let m: DeviationFormMessages;
  before(async () => {
    m = await messagesIn(deviationFormMessages, 'en');
  });

  it('builds report data with only what the person gave, trimmed', () => {
    expect(reportData({ ...VALID, location: '   ', hopedOutcome: '' })).to.deep.equal({
      reporterRole: 'parent-or-relative',
      category: 'safety',
      description: 'The door was left open all night and nobody noticed.',
      harm: 'no',
      anonymous: true,
    });
  });

  it('keeps contact details only when the person chose to give them', () => {
    const named = { ...VALID, giveContact: true, name: 'Maija', email: 'maija@example.fi', consent: true };
    expect(reportData(named)).to.deep.include({
      anonymous: false,
      contact: { name: 'Maija', email: 'maija@example.fi', consent: true },
    });
    expect(reportData({ ...named, giveContact: false })).not.to.have.property('contact');
  });

  it('accepts a complete anonymous report', () => {
    const { errors, data } = validate(VALID, m);
    expect(errors).to.deep.equal({});
    expect(data?.category).to.equal('safety');
  });

  it('gives one message per field, in the person’s language', async () => {
    const { errors, data } = validate(EMPTY_FORM, m);
    expect(data).to.equal(undefined);
    expect(errors).to.deep.equal({
      reporterRole: m.errorRole,
      category: m.errorCategory,
      description: m.errorDescriptionShort.replace('{min}', '20'),
      harm: m.errorHarm,
    });
    const fi = await messagesIn(deviationFormMessages, 'fi');
    expect(validate(EMPTY_FORM, fi).errors.reporterRole).to.equal(fi.errorRole);
  });

  it('asks a named report for a way to reach the person and for consent', () => {
    const { errors } = validate({ ...VALID, giveContact: true }, m);
    expect(errors).to.deep.equal({ email: m.errorContact, consent: m.errorConsent });
  });

  it('tells a malformed email, phone and a date in the future apart', () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 3600_000).toISOString().slice(0, 10);
    const { errors } = validate(
      {
        ...VALID,
        occurredAt: tomorrow,
        giveContact: true,
        email: 'not-an-email',
        phone: 'abc',
        consent: true,
      },
      m,
    );
    expect(errors).to.deep.equal({ occurredAt: m.errorDateFuture, email: m.errorEmail, phone: m.errorPhone });
  });
});
