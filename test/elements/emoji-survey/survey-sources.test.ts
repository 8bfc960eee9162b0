/** Where the survey comes from (property, inline JSON, src) and what a bad or hostile one shows. */
import { expect, fixture, html } from '@open-wc/testing';
import type { PalauteEmojiSurvey } from '../../../src/elements/emoji-survey/palaute-emoji-survey.js';
// Its hooks start every test with no speech voice.
import { question, root } from '../../support/emoji-survey-driver.js';
import { renderSurveyAt } from '../../support/emoji-survey-fixture.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

describe('<palaute-emoji-survey>: survey sources', () => {
  afterEach(disposeTestOutboxes);

  it('shows an invalid survey as an error naming each field, and says so in the console', async () => {
    const bad = {
      id: 'bad id!',
      scale: 4,
      questions: [
        { id: 'q', text: { de: 'Hallo' } },
        { id: 'q', text: '' },
      ],
    };
    const errors: string[] = [];
    const events: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    let el!: PalauteEmojiSurvey;
    try {
      document.addEventListener('palaute-error', (e) => events.push(e.detail.code), { once: true });
      el = await renderSurveyAt('/x', bad, { lang: 'en' });
    } finally {
      console.error = original;
    }
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The survey cannot be shown.');
    const problems = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems).to.include('id: has characters that are not allowed');
    expect(problems).to.include('scale: should be 3 or 5');
    expect(problems).to.include('questions[0].text: unknown field(s) de');
    expect(problems).to.include('questions[0].text: should name at least one of fi, sv, en');
    expect(problems).to.include('questions[1].text: should have at least 1 character(s)');
    expect(problems).to.include('questions: question ids must differ');
    expect(errors.join('\n')).to.contain('questions[0].text');
    expect(events).to.deep.equal(['invalid-survey']);
    await expect(el).to.be.accessible();
  });

  it('reads a survey from an inline JSON script, and reports one that is not JSON', async () => {
    const el = await fixture<PalauteEmojiSurvey>(
      html`<palaute-emoji-survey .outbox=${testOutbox()} lang="en">
        <script type="application/json">
          { "id": "inline", "scale": 5, "questions": [{ "id": "q", "text": "Inline?" }] }
        </script>
      </palaute-emoji-survey>`,
    );
    expect(question(el)).to.equal('Inline?');

    const original = console.error;
    console.error = () => undefined;
    try {
      const broken = await fixture<PalauteEmojiSurvey>(
        html`<palaute-emoji-survey .outbox=${testOutbox()} lang="en">
          <script type="application/json">
            { "id": "inline",
          </script>
        </palaute-emoji-survey>`,
      );
      expect(root(broken).querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');
    } finally {
      console.error = original;
    }
  });

  it('fetches a survey from src, and shows an understandable error when src fails', async () => {
    const el = await fixture<PalauteEmojiSurvey>(
      html`<palaute-emoji-survey
        .outbox=${testOutbox()}
        lang="en"
        src="/test/fixtures/survey.json"
      ></palaute-emoji-survey>`,
    );
    expect(root(el).querySelector('[role="status"]')?.textContent).to.equal('Loading the survey…');
    await waitFor(() => question(el) === 'A fetched question', 'the fetched survey');

    const missing = await TestEndpoint.create([], { status: 404 });
    const original = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      el.src = missing.url;
      await waitFor(() => root(el).querySelector('[role="alert"]'), 'the error');
    } finally {
      console.error = original;
    }
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('the server answered HTTP 404');
    expect(errors.join()).to.contain(`src "${missing.url}"`);
    await expect(el).to.be.accessible();
  });

  it('renders question text with HTML in it as text', async () => {
    const attack = '<img src=x onerror="window.__surveyPwned=1">';
    const el = await renderSurveyAt('/x', {
      id: 'x',
      title: attack,
      scale: 3,
      questions: [{ id: 'q', text: attack, picture: { src: '/test/fixtures/none.png', alt: attack } }],
    });
    expect(question(el)).to.equal(attack);
    expect(root(el).querySelector('.title')!.textContent).to.equal(attack);
    expect(root(el).querySelectorAll('img')).to.have.length(1);
    expect(root(el).querySelector('img')!.alt).to.equal(attack);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __surveyPwned?: number }).__surveyPwned).to.equal(undefined);
  });
});
