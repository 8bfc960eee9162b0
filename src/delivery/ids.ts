import { warnOnce } from './log.js';

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and municipal
 * portals are sometimes served over plain http, so fall back to `getRandomValues`, which exists
 * everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  warnOnce(
    'uuid-fallback',
    'crypto.randomUUID is unavailable (not a secure context); ids come from crypto.getRandomValues.',
  );
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A short code a person can read out on the phone: the first 8 hex digits of the envelope id,
 * `3F1C-2A4E`. The id stays the key; the code only helps find it.
 */
export function referenceCode(id: string): string {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
