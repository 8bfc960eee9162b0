/**
 * One driver per answer widget, so a behaviour every widget shares is tested once against each:
 * how to put the widget on a page, and how a person answers it with real input.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Outbox } from '../../src/delivery/outbox.js';
import '../../src/elements/deviation-form/define.js';
import '../../src/elements/emoji-survey/define.js';
import type { Survey } from '../../src/elements/emoji-survey/survey-schema.js';
import '../../src/elements/meeting-survey/define.js';
import '../../src/elements/nps/define.js';
import type { PalauteElement } from '../../src/kit/palaute-element.js';
import type { AnswerWidgetTag } from '../../scripts/widgets.js';
import { waitFor } from './endpoint.js';
import { clickCentre } from './input.js';

const DESCRIPTION = 'Ovi jäi yöksi auki, eikä kukaan huomannut sitä aamuun asti.';

/** A survey of one question: answering it is one tap and Send. */
export const ONE_QUESTION_SURVEY: Survey = {
  id: 'contract-survey',
  scale: 3,
  questions: [{ id: 'safe', text: { fi: 'Millainen olo sinulla on?', en: 'How do you feel?' } }],
};

/** A screen a person can reach, for checks that must hold on every screen (axe on every host page). */
export interface WidgetState {
  name: string;
  /** Attributes the state needs besides the test's own (NPS's comment step needs `comment`). */
  attributes?: Record<string, string | boolean>;
  /** Gets there with real input from the first screen; resolves once the screen is shown. */
  reach(el: PalauteElement): Promise<void>;
}

export interface WidgetDriver {
  tag: AnswerWidgetTag;
  /** A message key shown on the first screen, and the selector of the element that shows it. */
  firstScreenMessage: { key: string; selector: string };
  /** Answers through the browser's real input, up to pressing Send. */
  answer(el: PalauteElement): Promise<void>;
  /** A first real input that leaves the answer unfinished: the widget is in use. */
  begin(el: PalauteElement): Promise<void>;
  /** Every screen the widget can show, the first one included. */
  states: WidgetState[];
}

const shadow = (el: Element) => el.shadowRoot!;
const find = <E extends Element>(el: Element, selector: string) =>
  waitFor(() => shadow(el).querySelector<E>(selector), selector);

async function clickOn(el: Element, selector: string) {
  await clickCentre(await find(el, selector));
}

const firstScreen: WidgetState = { name: 'first screen', reach: async () => undefined };

/** Send with nothing chosen: the error state. */
const sendEmpty = (shown: string): WidgetState => ({
  name: 'errors',
  async reach(el) {
    await clickOn(el, 'button[type="submit"]');
    await find(el, shown);
  },
});

/** The thank-you or receipt after a real answer. */
const answered = (driver: () => WidgetDriver): WidgetState => ({
  name: 'thank-you',
  async reach(el) {
    await driver().answer(el);
    await find(el, '.thanks, .receipt');
  },
});

const driverOf = (tag: WidgetDriver['tag']) => () => WIDGETS.find((w) => w.tag === tag)!;

/** A driver for each answer widget in scripts/widgets.ts: the type check fails when one is missing. */
const DRIVERS: Record<AnswerWidgetTag, Omit<WidgetDriver, 'tag'>> = {
  'palaute-nps': {
    firstScreenMessage: { key: 'question', selector: 'legend' },
    async answer(el) {
      await clickOn(el, 'label.option:nth-of-type(8)');
      await clickOn(el, 'button[type="submit"]');
    },
    begin: (el) => clickOn(el, 'label.option:nth-of-type(8)'),
    states: [
      firstScreen,
      sendEmpty('.error'),
      {
        name: 'comment',
        attributes: { comment: true },
        async reach(el) {
          await clickOn(el, 'label.option:nth-of-type(8)');
          await clickOn(el, 'button[type="submit"]');
          await find(el, 'textarea');
        },
      },
      answered(driverOf('palaute-nps')),
    ],
  },
  'palaute-emoji-survey': {
    firstScreenMessage: { key: 'send', selector: 'button[type="submit"]' },
    async answer(el) {
      await clickOn(el, '.face-option');
      await clickOn(el, 'button[type="submit"]');
    },
    begin: (el) => clickOn(el, '.face-option'),
    states: [
      firstScreen,
      sendEmpty('.error'),
      {
        name: 'chosen',
        async reach(el) {
          await clickOn(el, '.face-option');
          await find(el, 'input:checked');
        },
      },
      answered(driverOf('palaute-emoji-survey')),
    ],
  },
  'palaute-deviation-form': {
    firstScreenMessage: { key: 'title', selector: '.title' },
    async answer(el) {
      // Each step waits until the form shows it took, so Send is pressed on a complete form.
      await clickOn(el, 'input[name="reporterRole"][value="staff"] + span');
      await find(el, 'input[name="reporterRole"]:checked');
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
    begin: (el) => clickOn(el, 'input[name="reporterRole"][value="staff"] + span'),
    states: [
      firstScreen,
      sendEmpty('.summary'),
      {
        name: 'contact details',
        async reach(el) {
          await clickOn(el, 'input[name="giveContact"]');
          await clickOn(el, 'button[type="submit"]');
          await find(el, '#consent-error');
        },
      },
      answered(driverOf('palaute-deviation-form')),
    ],
  },
  'palaute-meeting-survey': {
    firstScreenMessage: { key: 'roleQuestion', selector: '.question' },
    answer: answerMeeting,
    begin: (el) => clickOn(el, 'input[value="parent"] + span'),
    states: [
      firstScreen,
      sendEmpty('.error'),
      {
        name: 'numbers',
        async reach(el) {
          await clickOn(el, 'input[value="parent"] + span');
          await clickOn(el, 'button[type="submit"]');
          await find(el, '.scale');
        },
      },
      {
        name: 'faces',
        async reach(el) {
          await clickOn(el, 'input[value="child"] + span');
          await clickOn(el, 'button[type="submit"]');
          await find(el, '.faces');
        },
      },
      {
        name: 'comment',
        async reach(el) {
          await clickOn(el, 'input[value="parent"] + span');
          await clickOn(el, 'button[type="submit"]');
          for (let item = 0; item < 4; item++) {
            await clickOn(el, 'label.option:nth-of-type(9)');
            await clickOn(el, 'button[type="submit"]');
          }
          await find(el, 'textarea');
        },
      },
      answered(driverOf('palaute-meeting-survey')),
    ],
  },
};

/** One adult's answers to the meeting survey: a role, four numbers, Send without a comment. */
async function answerMeeting(el: Element): Promise<void> {
  await clickOn(el, 'input[value="parent"] + span');
  await find(el, 'input:checked');
  await clickOn(el, 'button[type="submit"]');
  for (let item = 1; item <= 4; item++) {
    await find(el, `.progress`);
    await waitFor(
      () => shadow(el).querySelector('.progress')?.textContent?.includes(`${item} /`),
      `item ${item}`,
    );
    await clickOn(el, 'label.option:nth-of-type(9)');
    await clickOn(el, 'button[type="submit"]');
  }
  await find(el, 'textarea');
  await clickOn(el, 'button[type="submit"]');
}

/** The drivers in the widget list's order. */
export const WIDGETS: WidgetDriver[] = Object.entries(DRIVERS).map(([tag, driver]) => ({
  tag: tag as AnswerWidgetTag,
  ...driver,
}));

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
