/**
 * The floor: the least a one-question NPS element can be with the same stack (lit, idb-keyval,
 * zod/mini) and the same markup: eleven native radios in a fieldset, a Send button, the answer
 * validated, stored in IndexedDB, then POSTed. No outbox, no retries, no languages, no kiosk.
 */
import { del, set } from 'idb-keyval';
import { css, html, LitElement } from 'lit';
import * as z from 'zod/mini';

const answer = z.strictObject({ id: z.string(), score: z.int().check(z.gte(0), z.lte(10)) });

class FloorNps extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    label {
      position: relative;
      min-width: 2.75rem;
      min-height: 2.75rem;
    }
  `;

  protected override render() {
    return html`<form @submit=${this.send}>
      <fieldset>
        <legend>Kuinka todennäköisesti suosittelisit meitä?</legend>
        <div class="scale">
          ${Array.from(
            { length: 11 },
            (_, score) => html`<label><input type="radio" name="score" value=${score} />${score}</label>`,
          )}
        </div>
      </fieldset>
      <button>Lähetä</button>
    </form>`;
  }

  private async send(event: SubmitEvent) {
    event.preventDefault();
    const chosen = this.renderRoot.querySelector<HTMLInputElement>('input:checked');
    const parsed = answer.safeParse({ id: crypto.randomUUID(), score: Number(chosen?.value) });
    if (!parsed.success) return;
    await set(parsed.data.id, parsed.data);
    this.dispatchEvent(new CustomEvent('floor-answer', { bubbles: true, composed: true }));
    const response = await fetch(this.getAttribute('endpoint') ?? '/answers', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(parsed.data),
    });
    if (response.ok) await del(parsed.data.id);
  }
}
customElements.define('floor-nps', FloorNps);
