/**
 * The QR code of a meeting's link, drawn as one SVG path from uqr's modules (no markup from
 * strings, so it works under Trusted Types). Imported only when someone asks for the code: uqr is
 * a chunk of its own that no page downloads before that.
 */
import { html } from 'lit';
import { encode } from 'uqr';

export function qrCode(text: string, label: string) {
  // Four modules of quiet zone, as scanners expect; M recovers from a smudged screen.
  const { data, size } = encode(text, { border: 4, ecc: 'M' });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return html`<svg class="qr" part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label}>
    <rect width=${size} height=${size} fill="#fff" />
    <path d=${path} fill="#000" />
  </svg>`;
}
