/** The events every widget fires (bubbling, composed), by name, with their detail types. */
import type {
  PalauteAnswerDetail,
  PalauteAnswerEvent,
  PalauteDeliveredDetail,
  PalauteErrorDetail,
} from '../delivery/events.js';

export interface PalauteEventDetails {
  'palaute-answer': PalauteAnswerDetail;
  'palaute-delivered': PalauteDeliveredDetail;
  'palaute-error': PalauteErrorDetail;
}

/** What fires Palaute's events: the widget itself, or a controller on its behalf. */
export interface PalauteEmitter {
  emit<K extends keyof PalauteEventDetails>(name: K, detail: PalauteEventDetails[K]): boolean;
}

type PalauteEventMap = {
  [K in keyof PalauteEventDetails]: K extends 'palaute-answer'
    ? PalauteAnswerEvent
    : CustomEvent<PalauteEventDetails[K]>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the event map in
  interface HTMLElementEventMap extends PalauteEventMap {}
  // The events bubble and are composed: pages often listen on the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the event map in
  interface DocumentEventMap extends PalauteEventMap {}
}
