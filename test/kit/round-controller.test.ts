/** RoundController on a bare Lit host: no widget, only what a round needs. */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DeliveryController } from '../../src/kit/delivery-controller.js';
import { RoundController } from '../../src/kit/round-controller.js';
import { press } from '../support/input.js';

class RoundHost extends LitElement {
  kiosk = false;
  step = 'question';
  answer = '';
  readonly delivery: DeliveryController = new DeliveryController(this);
  readonly rounds = new RoundController(this, {
    clear: () => {
      this.step = 'question';
      this.answer = '';
    },
    step: () => this.step,
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>(this.step === 'thanks' ? 'p' : 'input'),
    resetAfter: () => 0.05,
  });

  emit(): boolean {
    return true;
  }

  protected override render() {
    return this.step === 'thanks'
      ? html`<p tabindex="-1">Thanks</p>`
      : this.rounds.fresh(html`<input .value=${this.answer} />`);
  }
}
customElements.define('round-test-host', RoundHost);

async function renderHost(kiosk = false) {
  const el = await fixture<RoundHost>(testHtml`<round-test-host></round-test-host>`);
  el.kiosk = kiosk;
  return el;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RoundController', () => {
  it('reset clears the host, forgets delivery follow-ups and builds fresh DOM', async () => {
    const el = await renderHost();
    el.answer = 'previous person';
    el.delivery.status = 'delivered';
    el.requestUpdate();
    await el.updateComplete;
    const before = el.renderRoot.querySelector('input');
    el.rounds.reset();
    await el.updateComplete;
    expect(el.answer).to.equal('');
    expect(el.delivery.status).to.equal('idle');
    expect(el.rounds.round).to.equal(1);
    expect(el.renderRoot.querySelector('input') === before, 'a new input').to.equal(false);
    el.rounds.rebuild();
    el.rounds.rebuild();
    await el.updateComplete;
    expect(el.renderRoot.querySelectorAll('input')).to.have.length(1);
  });

  it('finish starts over after reset-after only in kiosk mode', async () => {
    const plain = await renderHost(false);
    plain.step = 'thanks';
    plain.rounds.finish();
    expect(plain.rounds.resetPending).to.equal(false);

    const kiosk = await renderHost(true);
    kiosk.step = 'thanks';
    kiosk.rounds.finish();
    expect(kiosk.rounds.resetPending).to.equal(true);
    await wait(120);
    expect(kiosk.step).to.equal('question');
    expect(kiosk.rounds.resetPending).to.equal(false);
  });

  it('resets at once when the host leaves the page with a reset pending', async () => {
    const el = await renderHost(true);
    el.step = 'thanks';
    el.answer = 'kept on screen';
    el.rounds.scheduleReset(60);
    el.remove();
    expect(el.answer).to.equal('');
    expect(el.rounds.resetPending).to.equal(false);
  });

  it('moves focus to the new step only when focus was inside the host', async () => {
    const el = await renderHost();
    el.step = 'thanks';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays on the page').to.equal(null);

    el.step = 'question';
    el.requestUpdate();
    await el.updateComplete;
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('input');
    el.step = 'thanks';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.localName).to.equal('p');
  });
});
