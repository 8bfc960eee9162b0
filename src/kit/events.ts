/**
 * Palaute's events (bubbling, composed), by name: the one map that both `emit()` and
 * TypeScript users' `addEventListener` read, so what is fired and what is declared cannot differ.
 */
import type {
  PalauteAnswerEvent,
  PalauteDeliveredDetail,
  PalauteErrorCode,
  PalauteErrorDetail,
} from '../delivery/events.js';
import { reportError } from '../delivery/log.js';

export interface PalauteEvents {
  'palaute-answer': PalauteAnswerEvent;
  'palaute-delivered': CustomEvent<PalauteDeliveredDetail>;
  'palaute-error': CustomEvent<PalauteErrorDetail>;
}

export type PalauteEventName = keyof PalauteEvents;

/** What an event carries besides its `detail`, e.g. `palaute-answer`'s `durable`. */
export type OwnProperties<K extends PalauteEventName> = Omit<PalauteEvents[K], keyof CustomEvent>;

/** The own properties are required exactly when the event has any. */
export type OwnArgument<K extends PalauteEventName> =
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "has no own properties"
  {} extends OwnProperties<K> ? [] : [own: OwnProperties<K>];

/** Fires one of Palaute's events from `target`: bubbling, composed, typed by the map above. */
export function emit<K extends PalauteEventName>(
  target: EventTarget,
  name: K,
  detail: PalauteEvents[K]['detail'],
  ...[own]: OwnArgument<K>
): boolean {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  // Read-only, like the event's own fields: a listener cannot change what the next one reads.
  for (const [key, value] of Object.entries(own ?? {}))
    Object.defineProperty(event, key, { value, enumerable: true });
  return target.dispatchEvent(event);
}

/**
 * A console error naming the element (and `field`, where there is one) and a `palaute-error`
 * event; `id` names the answer concerned, where there is one.
 */
export function reportProblem(
  host: HTMLElement,
  code: PalauteErrorCode,
  problem: string,
  field?: string,
  id?: string,
): void {
  const message = `<${host.localName}> ${problem}`;
  reportError(message);
  emit(host, 'palaute-error', { code, message, ...(field ? { field } : {}), ...(id ? { id } : {}) });
}

/** A bad attribute, reported when it is set: `reportProblem` naming the attribute as the field. */
export function reportAttribute(
  host: HTMLElement,
  attribute: string,
  problem: string,
  code: PalauteErrorCode = 'invalid-attribute',
): void {
  reportProblem(host, code, `attribute "${attribute}": ${problem}`, attribute);
}

/** What fires Palaute's events: the element itself, or a controller on its behalf. */
export interface PalauteEmitter {
  emit<K extends PalauteEventName>(
    name: K,
    detail: PalauteEvents[K]['detail'],
    ...own: OwnArgument<K>
  ): boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the event map in
  interface HTMLElementEventMap extends PalauteEvents {}
  // The events bubble and are composed: pages often listen on the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the event map in
  interface DocumentEventMap extends PalauteEvents {}
}
