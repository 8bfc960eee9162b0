/**
 * `show-notes` (issue 22): the thank-you screen shows the unit's latest "you said, we did" note in
 * the child's language, read from a real collector on another origin, heard with the thank-you;
 * without a note, or with `show-notes` off, the thank-you is as before; in kiosk mode the next child
 * starts on time with nothing of the note left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PalauteEmojiSurvey } from '../../../src/elements/emoji-survey/palaute-emoji-survey.js';
// Its hooks start every test with no speech voice.
import { nextQuestion, root } from '../../support/emoji-survey-driver.js';
import { waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import {
  publishNote,
  shownText,
  startNotesCollector,
  stopNotesCollector,
  type NotesCollector,
} from '../../support/notes-collector.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';

const SURVEY = {
  id: 'notes',
  scale: 3,
  questions: [{ id: 'a', text: { en: 'How was today?', fi: 'Millainen päivä?' } }],
};

describe('<palaute-emoji-survey show-notes>', function () {
  this.timeout(30_000);
  let collector: NotesCollector;

  before(async function () {
    this.timeout(60_000);
    await warmUpPage();
    collector = await startNotesCollector();
    await publishNote(collector, {
      unit: 'koivu',
      lang: 'en',
      youSaid: 'The swing is broken.',
      weDid: 'fixed the swing.',
      date: '2026-11-04',
    });
  });
  after(() => stopNotesCollector(collector));
  afterEach(disposeTestOutboxes);

  async function answerAt(unit: string, { showNotes = true, kiosk = false, lang = 'en' } = {}) {
    const el = await fixture<PalauteEmojiSurvey>(
      html`<palaute-emoji-survey
        .outbox=${testOutbox()}
        .survey=${SURVEY}
        endpoint=${collector.endpoint}
        unit=${unit}
        lang=${lang}
        ?show-notes=${showNotes}
        ?kiosk=${kiosk}
        reset-after="2"
      ></palaute-emoji-survey>`,
    );
    await nextQuestion(el, lang === 'en' ? 'How was today?' : 'Millainen päivä?');
    await press('Tab', 'End', 'Enter');
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    return el;
  }

  it("shows the unit's latest note on the thank-you screen", async () => {
    const el = await answerAt('koivu');
    await waitFor(() => root(el).querySelector('.thanks .note'), 'the note');
    expect(shownText(el)).to.contain('You said The swing is broken.');
    expect(shownText(el)).to.contain('So we fixed the swing.');
    expect(root(el).querySelector('.note time')!.getAttribute('datetime')).to.equal('2026-11-04');
    // The note's styles arrive with its chunk: large type, each part on its line.
    expect(getComputedStyle(root(el).querySelector('.note .label')!).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('shows only the thank-you without a note in the language, and without show-notes', async () => {
    const finnish = await answerAt('koivu', { lang: 'fi' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(root(finnish).querySelector('.note')).to.equal(null);

    const off = await answerAt('koivu', { showNotes: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(root(off).querySelector('.note')).to.equal(null);
    expect(shownText(off)).to.contain('Thank you');
  });

  it('in kiosk mode starts over on time, with nothing of the note left', async () => {
    const el = await answerAt('koivu', { kiosk: true });
    const thanksAt = Date.now();
    await waitFor(() => root(el).querySelector('.thanks .note'), 'the note');
    await nextQuestion(el, 'How was today?');
    expect(Date.now() - thanksAt).to.be.below(4000);
    expect(root(el).querySelector('.note')).to.equal(null);
    expect(shownText(el)).not.to.contain('swing');
  });
});
