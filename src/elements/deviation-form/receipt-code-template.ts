/**
 * The receipt code on the receipt screen (issue 20): shown once, grouped for reading aloud, with
 * "copy" and "write this down". Only in the DOM while the receipt is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { copyIcon } from '../../kit/copy-icon.js';
import type { DeviationFormMessages } from './messages.js';

export type CopyOutcome = 'copied' | 'failed' | undefined;

/**
 * "4 8 2 1, 0 9 3 7, …" for screen readers: a group read as a number ("four thousand eight
 * hundred…") is hard to write down, digit by digit with a pause between groups is not.
 */
export const spokenCode = (code: string): string =>
  code
    .split(' ')
    .map((group) => [...group].join(' '))
    .join(', ');

export function receiptCodeTemplate(
  m: DeviationFormMessages,
  code: string,
  /** No copy at a kiosk: the clipboard would keep the code on a shared device. */
  canCopy: boolean,
  copied: CopyOutcome,
  copy: () => void,
): TemplateResult {
  return html`<div class="receipt-code" part="receipt-code">
    <p class="receipt-code-title" id="receipt-code-title">${m.receiptCodeTitle}</p>
    <p class="code" part="code">
      <span aria-hidden="true">${code}</span><span class="sr-only">${spokenCode(code)}</span>
    </p>
    <p><strong>${m.receiptCodeWriteDown}</strong></p>
    <p>${m.receiptCodeUse}</p>
    ${
      canCopy
        ? html`<div class="actions">
            <button type="button" class="copy" part="button" @click=${copy}>${copyIcon} ${m.copyCode}</button>
          </div>`
        : nothing
    }
    <p class="copy-outcome" role="status">
      ${copied === 'copied' ? m.codeCopied : copied === 'failed' ? m.copyFailed : ''}
    </p>
  </div>`;
}
