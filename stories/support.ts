/** Shared by the stories: endpoints answered inside Storybook, a memory outbox, reaching a state. */
import type { LitElement } from 'lit';
import { MemoryOutboxStorage, Outbox } from '../src/delivery/index.js';

export type MockBehaviour = 'ok' | 'slow' | 'down' | 'reject';

/** An endpoint answered by .storybook/mock-endpoint.ts: nothing leaves Storybook. */
export const mockEndpoint = (behaviour: MockBehaviour = 'ok') => `/storybook-mock/${behaviour}`;

/** Each story its own outbox in memory, retrying every few seconds. */
export const memoryOutbox = () =>
  new Outbox({ storage: new MemoryOutboxStorage(), backoff: { baseMs: 3000, maxMs: 6000 } }).start();

export async function shadowOf(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  const element = canvas.querySelector<LitElement>(tag)!;
  await element.updateComplete;
  return element.shadowRoot!;
}

/** Clicks what `selector` finds in the shadow root and waits for the widget to render. */
export async function clickIn(root: ShadowRoot, selector: string): Promise<void> {
  root.querySelector<HTMLElement>(selector)!.click();
  await (root.host as LitElement).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Sets a field's value as typing would. */
export async function typeIn(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const field = root.querySelector<HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await (root.host as LitElement).updateComplete;
}
