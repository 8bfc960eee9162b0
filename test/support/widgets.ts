/**
 * One driver per widget, so a behaviour every widget shares is tested once against all three:
 * how to put the widget on a page, and how a person answers it with real input.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Outbox } from '../../src/delivery/outbox.js';
import '../../src/elements/deviation-form/define.js';
import '../../src/elements/emoji-survey/define.js';
import type { Survey } from '../../src/elements/emoji-survey/survey-schema.js';
import '../../src/elements/nps/define.js';
import type { PalauteElement } from '../../src/kit/palaute-element.js';
import { waitFor } from './endpoint.js';
import { clickCentre } from './input.js';

const DESCRIPTION = 'Ovi jäi yöksi auki, eikä kukaan huomannut sitä aamuun asti.';

/** A survey of one question: answering it is one tap and Send. */
export const ONE_QUESTION_SURVEY: Survey = {
  id: 'contract-survey',
  scale: 3,
  questions: [{ id: 'safe', text: { fi: 'Millainen olo sinulla on?', en: 'How do you feel?' } }],
};

export interface WidgetDriver {
  tag: 'palaute-nps' | 'palaute-emoji-survey' | 'palaute-deviation-form';
  /** A message key shown on the first screen, and the selector of the element that shows it. */
  firstScreenMessage: { key: string; selector: string };
  /** Answers through the browser's real input, up to pressing Send. */
  answer(el: PalauteElement): Promise<void>;
}

const shadow = (el: Element) => el.shadowRoot!;
const find = <E extends Element>(el: Element, selector: string) =>
  waitFor(() => shadow(el).querySelector<E>(selector), selector);

async function clickOn(el: Element, selector: string) {
  await clickCentre(await find(el, selector));
}

export const WIDGETS: WidgetDriver[] = [
  {
    tag: 'palaute-nps',
    firstScreenMessage: { key: 'question', selector: 'legend' },
    async answer(el) {
      await clickOn(el, 'label.option:nth-of-type(8)');
      await clickOn(el, 'button[type="submit"]');
    },
  },
  {
    tag: 'palaute-emoji-survey',
    firstScreenMessage: { key: 'send', selector: 'button[type="submit"]' },
    async answer(el) {
      await clickOn(el, '.face-option');
      await clickOn(el, 'button[type="submit"]');
    },
  },
  {
    tag: 'palaute-deviation-form',
    firstScreenMessage: { key: 'title', selector: '.title' },
    async answer(el) {
      await clickOn(el, 'input[name="reporterRole"][value="staff"] + span');
      await clickOn(el, 'input[name="category"][value="safety"] + span');
      (await find<HTMLTextAreaElement>(el, '#description')).focus();
      await sendKeys({ type: DESCRIPTION });
      // Some drivers return before every key has landed: go on only once the text is all there.
      await waitFor(
        () => shadow(el).querySelector('textarea')?.value === DESCRIPTION,
        'the typed description',
      );
      await clickOn(el, 'input[name="harm"][value="no"] + span');
      await clickOn(el, 'button[type="submit"]');
    },
  },
];

/** The widget with `attributes` set as a page would set them, answering to `outbox`. */
export async function renderWidget(
  driver: WidgetDriver,
  outbox: Outbox,
  attributes: Record<string, string | boolean> = {},
): Promise<PalauteElement> {
  const el = document.createElement(driver.tag) as PalauteElement & { survey?: unknown };
  el.outbox = outbox;
  if (driver.tag === 'palaute-emoji-survey') el.survey = ONE_QUESTION_SURVEY;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  await find(el, driver.firstScreenMessage.selector);
  return el;
}
