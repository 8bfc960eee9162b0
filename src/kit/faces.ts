import { nothing, svg } from 'lit';

/**
 * A drawn face for answer `level` (1 = most negative) on a scale of `scale`. Drawn, not an emoji
 * character, so it looks the same on every device. All faces share one fill and one size: only
 * the mouth and brows change, so no colour and no size nudges a child toward any answer.
 */
export function face(level: number, scale: number) {
  const mood = ((level - 1) / (scale - 1)) * 2 - 1; // -1 saddest … 1 happiest
  const corners = 66 - 6 * mood;
  const middle = 66 + 16 * mood;
  return svg`<svg class="face" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    <circle class="face-skin" cx="50" cy="50" r="44" />
    <circle class="face-feature" cx="35" cy="40" r="5" />
    <circle class="face-feature" cx="65" cy="40" r="5" />
    ${mood < -0.9 ? svg`<path class="face-line" d="M26 30 L42 24 M58 24 L74 30" />` : nothing}
    <path class="face-line" d="M30 ${corners} Q50 ${middle} 70 ${corners}" />
  </svg>`;
}
