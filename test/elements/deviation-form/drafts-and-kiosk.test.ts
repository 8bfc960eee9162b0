/** Drafts: a warning before an unsent one is left behind, and in kiosk mode none kept at all. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, fillValid, renderForm, root, send, setValue } from '../../support/deviation-form-driver.js';
import { waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-deviation-form>: drafts and kiosk', () => {
  afterEach(disposeTestOutboxes);

  it('warns before the page is left with an unsent draft, not with an empty or sent form', async () => {
    const { el } = await renderForm('/x');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await setValue(el, '#description', 'Kesken');
    expect(leave()).to.equal(true);
    await fillValid(el);
    await send(el);
    await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
    expect(leave()).to.equal(false);
  });

  it('in kiosk mode clears the form after the receipt, and a filled form left alone, keeping no draft', async () => {
    const { el } = await renderForm('/x', { kiosk: true, resetAfter: 1 });
    await fillValid(el);
    await send(el);
    await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
    await waitFor(() => root(el).querySelector('form'), 'the empty form', 4000);
    expect($(el, '#description').value).to.equal('');
    expect(root(el).querySelectorAll('input:checked').length).to.equal(0);

    $(el, '#description').focus();
    await sendKeys({ type: 'Joku kirjoitti tähän' });
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented, 'no draft kept or warned about in kiosk mode').to.equal(false);
    await waitFor(() => $(el, '#description').value === '', 'the inactive form cleared', 4000);
    expect(root(el).innerHTML).not.to.contain('Joku kirjoitti');
  });
});
