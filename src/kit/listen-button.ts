import { html, nothing } from 'lit';
import { speakerIcon } from './icons.js';
import type { ReadAloudController, Speakable } from './read-aloud-controller.js';

/** A button reading `items` aloud in order; none when not one of them can be heard. */
export function listenButton(label: string, readAloud: ReadAloudController, items: readonly Speakable[]) {
  if (!items.some((item) => readAloud.canHear(item))) return nothing;
  // One line: the template ships as written.
  // prettier-ignore
  return html`<button type="button" class="listen" part="button listen-button" @click=${() => readAloud.play(items)}>${speakerIcon} ${label}</button>`;
}
