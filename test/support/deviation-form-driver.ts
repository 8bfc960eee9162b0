/** Rendering a deviation form and filling it with real input, shared by the deviation-form test files. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/deviation-form/define.js';
import type { PalauteDeviationForm } from '../../src/elements/deviation-form/palaute-deviation-form.js';
import { waitFor, type TestEndpoint } from './endpoint.js';
import { clickCentre, press } from './input.js';
import { testOutbox } from './outbox.js';

export const DESCRIPTION = 'Lapsen puhelin otettiin pois ilman päätöstä, eikä hänelle kerrottu miksi.';

export async function renderForm(
  endpoint: TestEndpoint | string,
  attrs: { lang?: string; kiosk?: boolean; resetAfter?: number; unit?: string; privacyUrl?: string } = {},
) {
  const outbox = testOutbox();
  const el = await fixture<PalauteDeviationForm>(
    html`<palaute-deviation-form
      .outbox=${outbox}
      endpoint=${typeof endpoint === 'string' ? endpoint : endpoint.url}
      lang=${attrs.lang ?? 'fi'}
      unit=${attrs.unit ?? 'espoo-leppavaara'}
      service="foster-care"
      privacy-url=${attrs.privacyUrl ?? '/privacy'}
      ?kiosk=${attrs.kiosk ?? false}
      reset-after=${attrs.resetAfter ?? 120}
    ></palaute-deviation-form>`,
  );
  return { el, outbox };
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <E extends Element = HTMLInputElement>(el: Element, selector: string) =>
  root(el).querySelector<E>(selector)!;
export const active = (el: Element) => root(el).activeElement as HTMLInputElement | null;
/**
 * What has focus, as text. Assertions compare this, not elements: a failing assertion whose value is
 * an element in a Lit shadow root makes the test runner's error serializer lose the browser session.
 */
export const focused = (el: Element) => {
  const control = active(el);
  return control
    ? `${control.localName}${control.id ? `#${control.id}` : ''}.${control.className}`
    : 'nothing';
};
export const errorOf = (el: Element, field: string) =>
  root(el).querySelector(`#${field}-error`)?.textContent ?? '';
export const summary = (el: Element) =>
  [...root(el).querySelectorAll('.summary li')].map((li) => li.textContent!.trim());

/** Tabs forward until `isThere` holds for the focused control. */
export async function tabTo(el: Element, isThere: (control: HTMLInputElement) => boolean) {
  for (let i = 0; i < 20; i += 1) {
    await press('Tab');
    const control = active(el);
    if (control && isThere(control)) return control;
  }
  throw new Error('the control was not reached with Tab');
}

/**
 * Sets a control's value with real input: a click on a choice (a second click unticks a checkbox),
 * typing into a text field after selecting what is there.
 */
export async function setValue(el: PalauteDeviationForm, selector: string, value: string | boolean) {
  const control = $(el, selector);
  if (typeof value === 'boolean') {
    if (control.checked !== value) await clickCentre(control.closest('label') ?? control);
  } else {
    // What was there is cleared as select-all and delete would (modifier keys are not in every
    // driver), then the new text is typed for real. Focus is given by script: it is not under test.
    if (control.value) await setValueByScript(el, selector, '');
    control.focus();
    if (value) await sendKeys({ type: value });
    // Some drivers return before every key has landed: go on only once the text is all there.
    await waitFor(() => control.value === value, `"${value}" typed into ${selector}`);
  }
  await el.updateComplete;
}

/**
 * Sets a value as a script or the browser's own pickers do: a date picker (keyboard entry of
 * dates differs by engine and locale), or a text too long to type in a test, e.g. a paste.
 */
export async function setValueByScript(el: PalauteDeviationForm, selector: string, value: string) {
  const control = $(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function fillValid(el: PalauteDeviationForm) {
  await setValue(el, 'input[name="reporterRole"][value="staff"]', true);
  await setValue(el, 'input[name="category"][value="self-determination"]', true);
  await setValue(el, '#description', DESCRIPTION);
  await setValue(el, 'input[name="harm"][value="unknown"]', true);
}

export async function send(el: PalauteDeviationForm) {
  // Send pressed with Enter (clicks are tested in the contract suite): WebKitGTK's driver loses
  // an occasional click on this long form. Some drivers return before the page has handled the
  // key, so wait for the submit itself.
  const submitted = oneEvent($(el, 'form'), 'submit');
  $(el, 'button[type="submit"]').focus();
  await press('Enter');
  await submitted;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
