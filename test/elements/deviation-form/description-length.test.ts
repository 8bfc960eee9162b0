/**
 * The description's limits as a person meets them: the counter, the textarea and the schema all
 * count characters (code points), and blank or invisible characters do not make a description.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/deviation-form/define.js';
import type { PalauteDeviationForm } from '../../../src/elements/deviation-form/palaute-deviation-form.js';
import { deviationReportDataSchema } from '../../../src/schema/deviation-report.js';
import type { Envelope } from '../../../src/schema/index.js';
import { TestEndpoint } from '../../support/endpoint.js';
import { clickCentre } from '../../support/input.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

const $ = <E extends Element = HTMLInputElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
const errorOf = (el: Element) => el.shadowRoot!.querySelector('#description-error')?.textContent ?? '';

async function renderForm(endpoint: string) {
  return fixture<PalauteDeviationForm>(
    html`<palaute-deviation-form
      .outbox=${testOutbox()}
      endpoint=${endpoint}
      lang="en"
    ></palaute-deviation-form>`,
  );
}

/** What a paste does: the whole text arrives in one input event. */
async function paste(el: PalauteDeviationForm, selector: string, value: string) {
  const control = $<HTMLTextAreaElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function fillTheRest(el: PalauteDeviationForm) {
  await clickCentre($(el, 'input[name="reporterRole"][value="child"] + span'));
  await clickCentre($(el, 'input[name="category"][value="safety"] + span'));
  await clickCentre($(el, 'input[name="harm"][value="no"] + span'));
  await el.updateComplete;
}

async function send(el: PalauteDeviationForm) {
  await clickCentre($(el, 'button[type="submit"]'));
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const baseReport = { reporterRole: 'child', category: 'safety', harm: 'no', anonymous: true } as const;

describe('<palaute-deviation-form> description length', () => {
  afterEach(disposeTestOutboxes);

  it('counts an emoji as one character in the counter, the textarea and the schema', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderForm(endpoint.url);
    const text = '😢'.repeat(3000);
    await paste(el, '#description', text);
    expect($(el, '.counter').textContent).to.equal('3000 / 5000 characters');
    const area = $<HTMLTextAreaElement>(el, '#description');
    expect(area.value.length, 'the textarea kept the whole text').to.equal(6000);
    expect(area.maxLength, 'maxlength in UTF-16 units leaves room for 5000 characters').to.be.at.least(6000);
    await fillTheRest(el);
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    expect(((await answered).detail as Envelope).data).to.deep.include({ description: text });
  });

  it('refuses more than 5000 characters however they are counted', () => {
    const parse = (description: string) =>
      deviationReportDataSchema.safeParse({ ...baseReport, description });
    expect(parse('😢'.repeat(5000)).success).to.equal(true);
    expect(parse('😢'.repeat(5001)).success).to.equal(false);
    expect(parse('x'.repeat(5001)).success).to.equal(false);
  });

  it('does not let whitespace or zero-width characters alone satisfy the minimum', async () => {
    const parse = (description: string) =>
      deviationReportDataSchema.safeParse({ ...baseReport, description });
    const invisible = `${'\u200b'.repeat(15)}\u00a0\u3000${'\u200d\u2060\ufeff'.repeat(5)}  \t`;
    expect(parse(invisible).success).to.equal(false);
    expect(parse(`abc${'\u200b'.repeat(30)}`).success).to.equal(false);
    expect(parse('Ovi jäi auki koko yöksi.').success).to.equal(true);

    const el = await renderForm('/x');
    await paste(el, '#description', invisible);
    await fillTheRest(el);
    await send(el);
    expect(errorOf(el)).to.equal('Tell us what happened in at least one sentence (20 characters).');
    expect($(el, '.counter').textContent).to.match(/^\d+ \/ 5000 characters$/);
  });
});
