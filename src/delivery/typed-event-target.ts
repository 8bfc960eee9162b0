/**
 * An EventTarget whose `addEventListener` knows the detail type of each of its events, as
 * lib.dom's element event maps do. Types only: at run time it is the plain EventTarget.
 */
type Listener<E> = ((event: E) => void) | { handleEvent(event: E): void } | null;

export interface TypedEventTarget<M> extends EventTarget {
  addEventListener<K extends keyof M & string>(
    type: K,
    listener: Listener<M[K]>,
    options?: AddEventListenerOptions | boolean,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void;
  removeEventListener<K extends keyof M & string>(
    type: K,
    listener: Listener<M[K]>,
    options?: EventListenerOptions | boolean,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ): void;
}

export type TypedEventTargetConstructor<M> = new () => TypedEventTarget<M>;
