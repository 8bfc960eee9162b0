/**
 * Issue 22, point 4 end to end in every engine: a note published with the dashboard's notes view
 * (by keyboard) appears in `<palaute-you-said-we-did>` on another origin than the collector's, in
 * its language only; withdrawn in the same view, it is gone when the element loads again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/dashboard/notes/define.js';
import '../../../src/elements/you-said-we-did/define.js';
import type { PalauteDashboardNotes } from '../../../src/elements/dashboard/notes/palaute-dashboard-notes.js';
import type { PalauteYouSaidWeDid } from '../../../src/elements/you-said-we-did/palaute-you-said-we-did.js';
import { waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  shownText,
  startNotesCollector,
  stopNotesCollector,
  type NotesCollector,
} from '../../support/notes-collector.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function typeInto(el: Element, selector: string, text: string) {
  $(el, selector).focus();
  await sendKeys({ type: text });
}

async function renderEditor(collector: NotesCollector) {
  const el = await fixture<PalauteDashboardNotes>(
    html`<palaute-dashboard-notes
      lang="en"
      .endpoint=${collector.url}
      .token=${collector.token}
    ></palaute-dashboard-notes>`,
  );
  await waitFor(() => !shownText(el).includes('Loading'), 'the list loaded');
  return el;
}

async function renderBoard(collector: NotesCollector, unit: string, lang: string) {
  const el = await fixture<PalauteYouSaidWeDid>(
    html`<palaute-you-said-we-did
      endpoint=${collector.endpoint}
      unit=${unit}
      lang=${lang}
    ></palaute-you-said-we-did>`,
  );
  await waitFor(
    () => !el.shadowRoot!.querySelector('[role="status"]')?.textContent?.match(/Loading|Haetaan|Hämtar/),
    'the notes loaded',
  );
  return el;
}

const rowWith = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((row) => row.textContent?.includes(text));

describe('<palaute-dashboard-notes> and <palaute-you-said-we-did> with a collector on another origin', function () {
  this.timeout(30_000);
  let collector: NotesCollector;

  before(async function () {
    this.timeout(60_000);
    collector = await startNotesCollector();
    expect(new URL(collector.url).origin).not.to.equal(location.origin);
  });
  after(() => stopNotesCollector(collector));

  it('shows a note published in the dashboard, in its language; withdrawn, it is gone on reload', async () => {
    const editor = await renderEditor(collector);
    await expect(editor).to.be.accessible();

    await typeInto(editor, '#unit', 'koivukoti');
    // The language by keyboard: from Finnish, two steps on to English.
    $(editor, 'input[name="lang"][value="fi"]').focus();
    await press('ArrowRight', 'ArrowRight');
    expect($<HTMLInputElement>(editor, 'input[value="en"]').checked).to.equal(true);
    await typeInto(editor, '#youSaid', 'Supper is too early.');
    await typeInto(editor, '#weDid', 'moved supper half an hour later.');
    $(editor, '#date').focus();
    // Enter in a field submits the form, as a keyboard user expects.
    await press('Enter');
    const row = await waitFor(() => rowWith(editor, 'Supper is too early.'), 'the note in the list');
    expect(shownText(editor)).to.contain('Published.');
    expect($<HTMLTextAreaElement>(editor, '#youSaid').value).to.equal('', 'the texts are cleared');
    expect(row.textContent).to.contain('koivukoti');
    await expect(editor).to.be.accessible();

    const board = await renderBoard(collector, 'koivukoti', 'en');
    expect(shownText(board)).to.contain('You said Supper is too early.');
    expect(shownText(board)).to.contain('So we moved supper half an hour later.');
    await expect(board).to.be.accessible();

    // The Finnish board of the same unit does not show an English note.
    const finnish = await renderBoard(collector, 'koivukoti', 'fi');
    expect(shownText(finnish)).to.contain('Täällä ei ole vielä uutisia.');
    expect(shownText(finnish)).not.to.contain('Supper');

    const withdraw = row.querySelector<HTMLButtonElement>('button.withdraw')!;
    expect(withdraw.getAttribute('aria-label')).to.equal('Withdraw: Supper is too early.');
    withdraw.focus();
    await press('Enter');
    await waitFor(() => rowWith(editor, 'Withdrawn'), 'the note marked withdrawn');
    // The button is gone: focus is on the note's status, not on the page's body, and it is said.
    await waitFor(() => $(editor, '.notice').textContent === 'Withdrawn.', 'the withdrawal announced');
    expect(document.activeElement).to.equal(editor);
    const focused = editor.shadowRoot!.activeElement!;
    expect(focused.matches('td.status')).to.equal(true);
    expect(focused.closest('tr')!.textContent).to.contain('Supper is too early.');
    expect($(editor, '.notice').getAttribute('role')).to.equal('status');
    await expect(editor).to.be.accessible();

    board.remove();
    const reloaded = await renderBoard(collector, 'koivukoti', 'en');
    expect(shownText(reloaded)).not.to.contain('Supper');
    expect(shownText(reloaded)).to.contain('There is no news here yet.');
  });

  it('names the empty fields and moves focus to the first, without publishing', async () => {
    const editor = await renderEditor(collector);
    const before = editor.shadowRoot!.querySelectorAll('tbody tr').length;
    $<HTMLButtonElement>(editor, 'button[type="submit"]').focus();
    await press('Enter');
    await waitFor(() => editor.shadowRoot!.querySelector('#unit-error'), 'the errors');
    expect($(editor, '#unit-error').textContent).to.equal('Unit: fill in this field.');
    expect($(editor, '#youSaid-error').textContent).to.equal('You said: fill in this field.');
    expect($(editor, '#weDid-error').textContent).to.equal('So we: fill in this field.');
    expect($(editor, '#unit').getAttribute('aria-invalid')).to.equal('true');
    expect($(editor, '#unit').getAttribute('aria-describedby')).to.equal('unit-error');
    expect(editor.shadowRoot!.activeElement?.id).to.equal('unit');
    await expect(editor).to.be.accessible();
    await editor.refresh();
    expect(editor.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(before);
  });

  it("shows the collector's refusal naming the field, in an alert", async () => {
    const editor = await renderEditor(collector);
    await typeInto(editor, '#unit', 'koivukoti');
    await typeInto(editor, '#youSaid', 'Too early a date.');
    await typeInto(editor, '#weDid', 'nothing.');
    // Before 1970, which only the collector checks; set as a picker would, engines type dates differently.
    const date = $<HTMLInputElement>(editor, '#date');
    date.value = '1969-12-31';
    date.dispatchEvent(new Event('input'));
    date.focus();
    await press('Enter');
    const alert = await waitFor(() => editor.shadowRoot!.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).to.contain('The server did not accept this:');
    expect(alert.textContent).to.match(/date: /);
    expect(rowWith(editor, 'Too early a date.')).to.equal(undefined);
    await expect(editor).to.be.accessible();
  });

  it("names a unit longer than the collector's 200 characters before sending it", async () => {
    const editor = await renderEditor(collector);
    await typeInto(editor, '#unit', 'u'.repeat(201));
    await typeInto(editor, '#youSaid', 'Too long a unit.');
    await typeInto(editor, '#weDid', 'nothing.');
    $(editor, '#date').focus();
    await press('Enter');
    const error = await waitFor(() => editor.shadowRoot!.querySelector('#unit-error'), 'the problem');
    expect(error.textContent).to.equal('Unit: at most 200 characters.');
    expect(editor.shadowRoot!.activeElement?.id).to.equal('unit');
    expect(editor.shadowRoot!.querySelector('[role="alert"]')).to.equal(null, 'nothing was sent');
    await expect(editor).to.be.accessible();
  });

  it('publishes once on two quick submits, with the unit trimmed', async () => {
    const editor = await renderEditor(collector);
    await typeInto(editor, '#unit', '  pihlaja ');
    await typeInto(editor, '#youSaid', 'Twice is once.');
    await typeInto(editor, '#weDid', 'guarded the button.');
    const submit = $<HTMLButtonElement>(editor, 'button[type="submit"]');
    submit.focus();
    const form = $<HTMLFormElement>(editor, 'form');
    form.requestSubmit();
    form.requestSubmit();
    await editor.updateComplete;
    // Busy, yet still focusable: focus does not fall to the page's body while the note is sent.
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(editor.shadowRoot!.activeElement).to.equal(submit);
    await waitFor(() => rowWith(editor, 'Twice is once.'), 'the note in the list');
    expect(submit.getAttribute('aria-disabled')).to.equal('false');
    await expect(editor).to.be.accessible();

    const response = await fetch(`${collector.url}/v1/notes`, {
      headers: { Authorization: `Bearer ${collector.token}` },
    });
    const { notes } = (await response.json()) as { notes: { unit: string; youSaid: string }[] };
    const published = notes.filter((note) => note.youSaid === 'Twice is once.');
    expect(published.length).to.equal(1);
    expect(published[0]!.unit).to.equal('pihlaja');
  });

  it('speaks Swedish on a Swedish page', async () => {
    const editor = await fixture<PalauteDashboardNotes>(
      html`<palaute-dashboard-notes
        lang="sv"
        .endpoint=${collector.url}
        .token=${collector.token}
      ></palaute-dashboard-notes>`,
    );
    await waitFor(() => !shownText(editor).includes('Hämtar'), 'the list loaded');
    expect(editor.shadowRoot!.querySelector('label[for="unit"]')!.textContent).to.equal('Verksamhetsställe');
    expect(editor.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal(
      'Publicera',
    );
  });
});
