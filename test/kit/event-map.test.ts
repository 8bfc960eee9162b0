/**
 * The event map tells TypeScript users the truth: `npm run typecheck` fails if a line marked
 * @ts-expect-error stops erroring or a type assertion stops holding; the tests check that what
 * `emit()` fires at run time is what the map declares.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type {
  PalauteAnswerEvent,
  PalauteDeliveredDetail,
  PalauteErrorCode,
  PalauteErrorDetail,
} from '../../src/delivery/events.js';
import { emit } from '../../src/kit/events.js';
import type { PalauteElement } from '../../src/kit/palaute-element.js';
import type { Envelope } from '../../src/schema/envelope.js';

/** Compiles only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

assertType<Same<HTMLElementEventMap['palaute-answer'], PalauteAnswerEvent>>();
assertType<Same<HTMLElementEventMap['palaute-answer']['detail'], Envelope>>();
assertType<Same<HTMLElementEventMap['palaute-answer']['durable'], boolean>>();
assertType<Same<HTMLElementEventMap['palaute-delivered'], CustomEvent<PalauteDeliveredDetail>>>();
assertType<Same<HTMLElementEventMap['palaute-error'], CustomEvent<PalauteErrorDetail>>>();
assertType<Same<DocumentEventMap['palaute-error'], HTMLElementEventMap['palaute-error']>>();
// <palaute-results> says this code: it is in the union TypeScript users switch on.
assertType<'results-unavailable' extends PalauteErrorCode ? true : false>();

/** Never called: only compiled, so that emit() refuses what the map does not declare. */
export function refusedAtCompileTime(el: PalauteElement, envelope: Envelope): void {
  el.emit('palaute-answer', envelope, { durable: true });
  // @ts-expect-error: palaute-answer says whether the answer is durable
  el.emit('palaute-answer', envelope);
  // @ts-expect-error: a code that is not in PalauteErrorCode
  el.emit('palaute-error', { code: 'no-such-code', message: '' });
  // @ts-expect-error: palaute-delivered carries nothing besides its detail
  el.emit('palaute-delivered', { id: envelope.id }, { durable: true });
  // @ts-expect-error: not one of Palaute's events
  el.emit('palaute-unknown', {});
}

describe('emit()', () => {
  it('fires a bubbling, composed event with the detail and read-only own properties', async () => {
    const target = await fixture<HTMLDivElement>(html`<div></div>`);
    const envelope = { id: 'e1' } as Envelope;
    const heard: PalauteAnswerEvent[] = [];
    // Typed by DocumentEventMap: no cast.
    const listener = (event: DocumentEventMap['palaute-answer']) => heard.push(event);
    document.addEventListener('palaute-answer', listener);
    try {
      emit(target, 'palaute-answer', envelope, { durable: false });
    } finally {
      document.removeEventListener('palaute-answer', listener);
    }
    const [event] = heard;
    expect([heard.length, event!.bubbles, event!.composed, event!.detail, event!.durable]).to.deep.equal([
      1,
      true,
      true,
      envelope,
      false,
    ]);
    expect(() => Object.assign(event!, { durable: true })).to.throw(TypeError);
  });
});
