/**
 * What a valid endpoint is, said here only. An endpoint is an http(s) URL (see http-url.ts) that a
 * browser can also fetch: fetch refuses URLs with credentials in them and the ports of the Fetch
 * standard's "bad port" list outright, so retrying them would only fail for the whole retention time.
 *
 * Each place an endpoint comes in from outside checks it once (an attribute or configure() in the
 * widget, enqueue() of a string, a record read back from storage, the default endpoint); what it
 * gets back, an `Endpoint`, is passed on and never checked again.
 */
import { checkHttpUrl } from './http-url.js';

declare const checked: unique symbol;

/** A successful check, and the proof of it: only `checkEndpointUrl` makes one. */
export type Endpoint = { ok: true; url: string } & { readonly [checked]: true };

export type EndpointCheck = Endpoint | { ok: false; reason: string };

/** https://fetch.spec.whatwg.org/#bad-port */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export function checkEndpointUrl(value: string | null | undefined): EndpointCheck {
  const check = checkHttpUrl(value);
  if (!check.ok) return check;
  const url = new URL(check.url);
  if (url.username || url.password) {
    return { ok: false, reason: `"${value}" has credentials in it, which browsers refuse to send` };
  }
  if (url.port && BAD_PORTS.has(Number(url.port))) {
    return { ok: false, reason: `"${value}" uses port ${url.port}, which browsers never connect to` };
  }
  return check as Endpoint;
}
