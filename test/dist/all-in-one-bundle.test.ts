/**
 * The built dist/palaute.all.js, everything in one module for those who want one request: it must
 * register every widget, survive being loaded twice, and deliver an answer. (`npm test` builds it.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { envelopeSchema } from '../../src/schema/index.js';
import { TestEndpoint } from '../support/endpoint.js';

const BUNDLE = '/dist/palaute.all.js';

describe('dist/palaute.all.js', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
    await import(/* @vite-ignore */ BUNDLE);
    // A portal that includes the script twice: a second copy must not throw.
    await import(/* @vite-ignore */ `${BUNDLE}?loaded-again`);
  });

  it('registers every widget', () => {
    expect(customElements.get('palaute-nps'), 'palaute-nps').to.be.a('function');
    expect(customElements.get('palaute-emoji-survey'), 'palaute-emoji-survey').to.be.a('function');
    expect(customElements.get('palaute-deviation-form'), 'palaute-deviation-form').to.be.a('function');
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
