/**
 * The built dist/palaute.all.js, everything in one module for those who want one request: it must
 * register every widget, show each one's first screen, survive being loaded twice, and deliver an
 * answer. (`npm test` builds it.) Nothing here imports the widgets from src/: they would register
 * first, and the bundle's own registrations would go unchecked.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnswerWidgetTag } from '../../scripts/widgets.js';
import { envelopeSchema } from '../../src/schema/index.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';

const BUNDLE = '/dist/palaute.all.js';

/** Every widget the bundle carries (a widget added to the list fails to type-check here), and the element that shows text on its first screen. */
const FIRST_SCREENS: Record<AnswerWidgetTag, string> = {
  'palaute-nps': 'legend',
  'palaute-emoji-survey': '.question',
  'palaute-deviation-form': '.title',
  'palaute-meeting-survey': '.question',
};
/** Elements the bundle carries beside the answer widgets: shown on the same public pages, no answers. */
const PUBLIC_PAGE_ELEMENTS = ['palaute-you-said-we-did'];
const BUNDLED_TAGS = [...Object.keys(FIRST_SCREENS), ...PUBLIC_PAGE_ELEMENTS].sort();
const ONE_QUESTION = '{ "id": "s", "scale": 3, "questions": [{ "id": "q", "text": "Onko kivaa?" }] }';

/** The element classes among the bundle's exports. */
const elementClasses = (bundle: Record<string, unknown>) =>
  Object.values(bundle).filter(
    (value): value is CustomElementConstructor =>
      typeof value === 'function' && value.prototype instanceof HTMLElement,
  );

describe('dist/palaute.all.js', () => {
  let bundle: Record<string, unknown>;

  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
    bundle = (await import(/* @vite-ignore */ BUNDLE)) as Record<string, unknown>;
  });

  it('defines every widget tag, each with the class the bundle exports', () => {
    const classes = elementClasses(bundle);
    expect(classes.map((c) => customElements.getName(c)).sort()).to.deep.equal(BUNDLED_TAGS);
    for (const tag of BUNDLED_TAGS) {
      expect(classes, tag).to.include(customElements.get(tag));
    }
  });

  for (const [tag, selector] of Object.entries(FIRST_SCREENS)) {
    it(`renders the first screen of <${tag}>`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
      // Only the emoji survey needs more than its tag: a survey to show.
      const survey = tag === 'palaute-emoji-survey' ? `<script type="application/json">${ONE_QUESTION}</script>` : '';
      page.innerHTML = `<${tag} endpoint="/x">${survey}</${tag}>`;
      const el = page.firstElementChild!;
      const shown = await waitFor(
        () => el.shadowRoot?.querySelector(selector)?.textContent?.trim(),
        `the first screen of <${tag}>`,
      );
      expect(shown).to.be.a('string').and.not.equal('');
      expect(el.shadowRoot!.querySelector('button[type="submit"]'), 'its Send or Next').not.to.equal(null);
      expect(el.shadowRoot!.querySelector('.thanks, .receipt, .error, .summary')).to.equal(null);
    });
  }

  it('can be imported a second time, as a portal that includes the script twice does, without throwing', async () => {
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      const again = (await import(/* @vite-ignore */ `${BUNDLE}?loaded-again`)) as Record<string, unknown>;
      expect(elementClasses(again), 'a second copy of every class').to.have.length(BUNDLED_TAGS.length);
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown.map(String)).to.deep.equal([]);
    // The first copy's classes stay registered: the second one's define was a no-op.
    for (const tag of Object.keys(FIRST_SCREENS)) {
      expect(elementClasses(bundle), tag).to.include(customElements.get(tag));
    }
  });

  it('delivers an NPS answer answered with the keyboard', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await fixture<HTMLElement>(
      html`<palaute-nps endpoint=${endpoint.url} unit="bundle-test" service="nps"></palaute-nps>`,
    );
    const answered = oneEvent(el, 'palaute-answer');
    for (const key of ['Tab', 'End', 'Enter']) await sendKeys({ press: key });
    expect((await answered).detail.data).to.deep.equal({ score: 10 });
    const [request] = await endpoint.waitForRequests(1);
    expect(envelopeSchema.safeParse(request!.body).success).to.equal(true);
  });

  it('shows an emoji survey given inline', async () => {
    const el = await fixture<HTMLElement>(html`<palaute-emoji-survey endpoint="/x">
      <script type="application/json">
        { "id": "s", "scale": 3, "questions": [{ "id": "q", "text": "Onko kivaa?" }] }
      </script>
    </palaute-emoji-survey>`);
    await expect(el.shadowRoot!.querySelector('.question')?.textContent).to.equal('Onko kivaa?');
  });
});
