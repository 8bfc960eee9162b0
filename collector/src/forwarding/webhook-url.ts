/**
 * Where answers may be forwarded: https anywhere, plain http only to this machine. "This machine"
 * is decided on the address the URL parser gives (it turns `127.1` and `0x7f.0.0.1` into
 * `127.0.0.1`), never on how the host name is spelt: `127.evil.com` is a name anyone can point
 * anywhere. `localhost` is the one name allowed, as browsers also treat it as loopback.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
// IPv4 loopback written as an IPv6 address, ::ffff:127.x.y.z.
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  const address = hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(address)) return LOOPBACK.check(address, 'ipv4');
  if (isIPv6(address)) return LOOPBACK.check(address, 'ipv6');
  return false;
}

/** https, or plain http to a loopback address (a local receiver in development and tests). */
export function isWebhookUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
