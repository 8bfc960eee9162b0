/** Errors: none before a field is touched, a summary that takes focus on Send, dates, phones, lengths. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Envelope } from '../../../src/schema/index.js';
import {
  $,
  errorOf,
  fillValid,
  focused,
  renderForm,
  root,
  send,
  setValue,
  setValueByScript,
  summary,
  tabTo,
} from '../../support/deviation-form-driver.js';
import { clickCentre, press } from '../../support/input.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-deviation-form>: validation', () => {
  afterEach(disposeTestOutboxes);

  it('shows no error before a field is touched or the form is sent', async () => {
    const { el } = await renderForm('/x', { lang: 'en' });
    await tabTo(el, (c) => c.name === 'description');
    await sendKeys({ type: 'Too short' });
    expect(errorOf(el, 'description')).to.equal('');
    expect(root(el).querySelectorAll('[aria-invalid]').length).to.equal(0);
    await press('Tab');
    await el.updateComplete;
    expect(errorOf(el, 'description')).to.equal(
      'Tell us what happened in at least one sentence (20 characters).',
    );
    expect($(el, '#description').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#description').getAttribute('aria-describedby')).to.contain('description-error');
    expect(errorOf(el, 'category'), 'untouched').to.equal('');
  });

  for (const [lang, expected] of [
    [
      'fi',
      [
        'Kuka olet? Valitse, kuka olet.',
        'Mitä ilmoitus koskee? Valitse, mitä ilmoitus koskee.',
        'Mitä tapahtui? Kerro tapahtuneesta vähintään yhdellä lauseella (20 merkkiä).',
        'Loukkaantuiko joku tai joutuiko joku vaaraan? Valitse yksi vaihtoehto.',
      ],
    ],
    [
      'en',
      [
        'Who are you? Choose who you are.',
        'What is the report about? Choose what the report is about.',
        'What happened? Tell us what happened in at least one sentence (20 characters).',
        'Was anyone hurt or put at risk? Choose one option.',
      ],
    ],
  ] as const) {
    it(`lists every error in a summary that takes focus, in ${lang}, and links to the fields`, async () => {
      const { el, outbox } = await renderForm('/x', { lang });
      await send(el);
      expect(summary(el)).to.deep.equal(expected);
      expect(focused(el)).to.equal('div.summary');
      expect($(el, '#reporterRole').getAttribute('aria-describedby')).to.equal('reporterRole-error');
      expect(
        [...root(el).querySelectorAll('input[name="reporterRole"]')].every(
          (r) => r.getAttribute('aria-invalid') === 'true',
        ),
      ).to.equal(true);
      await expect(el).to.be.accessible();
      await clickCentre($<HTMLAnchorElement>(el, '.summary li:nth-child(3) a'));
      expect(focused(el)).to.equal('textarea#description.');
      expect(await outbox.pendingCount()).to.equal(0);
    });
  }

  it('refuses a date in the future and a malformed phone number, in fi and en', async () => {
    for (const [lang, future, phone] of [
      ['fi', 'Päivämäärä ei voi olla tulevaisuudessa.', 'Tarkista puhelinnumero, esimerkiksi 040 123 4567.'],
      ['en', 'The date cannot be in the future.', 'Check the phone number, for example 040 123 4567.'],
    ]) {
      const { el } = await renderForm('/x', { lang });
      const tomorrow = new Date(Date.now() + 36 * 3600_000);
      await setValueByScript(el, '#occurredAt', tomorrow.toISOString().slice(0, 10));
      await setValue(el, 'input[name="giveContact"]', true);
      await setValue(el, '#phone', 'call me maybe');
      await send(el);
      expect(errorOf(el, 'occurredAt')).to.equal(future);
      expect(errorOf(el, 'phone')).to.equal(phone);
    }
  });

  it('enforces the length limit and keeps HTML as text', async () => {
    const attack = '<img src=x onerror="window.__formPwned=1">';
    const { el } = await renderForm('/x', { lang: 'en' });
    el.messages = { en: { title: attack } };
    await el.updateComplete;
    expect($(el, '.title').textContent).to.equal(attack);
    expect(root(el).querySelectorAll('img').length).to.equal(0);

    await setValueByScript(el, '#description', `${attack} ${'x'.repeat(4990)}`.slice(0, 4998));
    $(el, '#description').focus();
    await sendKeys({ type: 'abcdef' });
    expect($(el, '#description').value).to.have.length(5000);
    expect($(el, '.counter').textContent).to.equal('5000 / 5000 characters');

    await setValueByScript(el, '#description', 'y'.repeat(5200));
    await send(el);
    expect(errorOf(el, 'description')).to.equal('The text is too long: at most 5000 characters.');

    await fillValid(el);
    // Pasted rather than typed: not every driver can type every character of the markup.
    await setValueByScript(el, '#description', `${attack} happened here today.`);
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    expect(((await answered).detail as Envelope).data).to.deep.include({
      description: `${attack} happened here today.`,
    });
    expect((window as { __formPwned?: number }).__formPwned).to.equal(undefined);
  });
});
