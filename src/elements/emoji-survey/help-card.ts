/** The calm card a child sees after answering a question with help with its most negative face. */
import { html, nothing, type TemplateResult } from 'lit';

export interface HelpCard {
  headingLevel: number;
  title: string;
  text: string;
  /** Up to two, from the survey: `tel:` links or https pages (checked by the schema). */
  actions: ReadonlyArray<{ label: string; href: string }>;
  emergency: string;
  emergencyCall: string;
  continueLabel: string;
  /** The read-aloud button, when the card can be heard. */
  listen: TemplateResult | typeof nothing;
  onContinue(): void;
}

export function helpCard(c: HelpCard): TemplateResult {
  return html`<section class="help" part="help" aria-labelledby="help-title">
    <p class="help-title" id="help-title" role="heading" aria-level=${c.headingLevel} tabindex="-1">
      ${c.title}
    </p>
    ${c.listen}
    <p class="help-text">${c.text}</p>
    ${
      c.actions.length
        ? html`<ul class="help-actions">
            ${c.actions.map(
              (action) =>
                html`<li>
                  <a class="help-action" part="help-action" href=${action.href} rel="noopener noreferrer"
                    >${action.label}</a
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <p class="help-emergency">
      ${c.emergency}
      <a class="help-action" part="help-action" href="tel:112">${c.emergencyCall}</a>
    </p>
    <div class="actions">
      <button type="button" class="primary" part="button button-primary" @click=${c.onContinue}>
        ${c.continueLabel}
      </button>
    </div>
  </section>`;
}
