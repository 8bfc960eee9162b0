/** A survey `src` that never answers: the child sees an error, the page a `palaute-error`. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/emoji-survey/define.js';
import type { PalauteEmojiSurvey } from '../../../src/elements/emoji-survey/palaute-emoji-survey.js';
import { surveyLoading } from '../../../src/elements/emoji-survey/survey-source.js';
import type { PalauteErrorDetail } from '../../../src/delivery/events.js';
import { captureConsoleErrors } from '../../support/console.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

describe('<palaute-emoji-survey> src that never answers', () => {
  const defaultTimeout = surveyLoading.timeoutMs;
  afterEach(() => {
    surveyLoading.timeoutMs = defaultTimeout;
    disposeTestOutboxes();
  });

  it('shows an error after the time limit and fires palaute-error', async () => {
    surveyLoading.timeoutMs = 300;
    const silent = await TestEndpoint.create([], { status: 200, delayMs: 5000 });
    const problems: PalauteErrorDetail[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.addEventListener('palaute-error', (e) => problems.push(e.detail));
    let el!: PalauteEmojiSurvey;
    await captureConsoleErrors(async () => {
      el = document.createElement('palaute-emoji-survey');
      el.outbox = testOutbox();
      el.setAttribute('lang', 'en');
      el.setAttribute('src', silent.url);
      wrapper.append(el);
      await waitFor(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error', 4000);
    });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/no answer within 0\.3 s/);
    // The page may also hear of other attributes (no endpoint yet); the survey's problem is among them.
    expect(problems.map((p) => p.code)).to.include('invalid-survey');
  });
});
