/** Rendering the meeting survey and answering it with real input, shared by its test files. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/meeting-survey/define.js';
import type { PalauteMeetingSurvey } from '../../src/elements/meeting-survey/palaute-meeting-survey.js';
import { waitFor } from './endpoint.js';
import { clickCentre } from './input.js';
import { testOutbox } from './outbox.js';

export const root = (el: Element) => el.shadowRoot!;
export const find = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  waitFor(() => root(el).querySelector<E>(selector), selector);
export const click = async (el: Element, selector: string) => clickCentre(await find(el, selector));

export async function renderMeeting(endpoint: string, attributes = '') {
  const outbox = testOutbox();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // Attributes as a page writes them; the outbox is the test's own.
  wrapper.innerHTML = `<palaute-meeting-survey endpoint="${endpoint}" lang="en" unit="espoo-leppavaara"
    service="family-work" context="client-plan-meeting" ${attributes}></palaute-meeting-survey>`;
  const el = wrapper.firstElementChild as PalauteMeetingSurvey;
  el.outbox = outbox;
  await el.updateComplete;
  await find(el, '.question');
  return { el, outbox };
}

/** The item on screen, 1–4, once it is shown. */
export const onItem = (el: Element, item: number) =>
  waitFor(() => root(el).querySelector('.progress')?.textContent?.includes(`${item} / 4`), `item ${item}`);

/**
 * One person's turn by pointer: the role, then per item a number (adults: 0–10) or a face
 * (child: 1–5) or null for "I don't want to answer", an optional comment, and Send.
 */
export async function answerAs(
  el: Element,
  role: string,
  choices: readonly (number | null)[],
  comment = '',
): Promise<void> {
  await click(el, `input[value="${role}"] + span`);
  await waitFor(() => root(el).querySelector<HTMLInputElement>(`input[value="${role}"]`)?.checked, role);
  await click(el, 'button[type="submit"]');
  for (const [i, choice] of choices.entries()) {
    await onItem(el, i + 1);
    const face = root(el).querySelector('.faces');
    const target =
      choice === null
        ? '.skip-option'
        : face
          ? `.face-cell:nth-of-type(${choice}) .face-option`
          : `label.option:nth-of-type(${choice + 1})`;
    await click(el, target);
    await waitFor(() => root(el).querySelector('input:checked'), 'the choice');
    await click(el, 'button[type="submit"]');
  }
  const area = await find<HTMLTextAreaElement>(el, 'textarea');
  if (comment) {
    area.focus();
    await sendKeys({ type: comment });
    await waitFor(() => area.value === comment, 'the typed comment');
  }
  await click(el, 'button[type="submit"]');
  await find(el, '.thanks');
}
