/**
 * Checks of the addresses in the configuration, so that a wrong one is refused at start-up with
 * its variable named, before the database is opened, instead of failing later inside Fastify
 * (trustProxy) or Node's listen() (HOST).
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::']);
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * An address of this machine (or every address), or a host name. Something that looks like an
 * IPv4 address but is not one (`999.1.1.1`) is not taken for a name.
 */
export function isListenHost(host: string): boolean {
  if (isIP(host)) return WILDCARDS.has(host) || localAddresses().has(host);
  return DNS_NAME.test(host) && !/^[\d.]+$/.test(host);
}

function localAddresses(): Set<string> {
  return new Set(
    Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => entry.address)),
  );
}

/** The names proxy-addr (Fastify's trustProxy) knows besides addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `10.0.0.1`, `10.0.0.0/8`, `10.0.0.0/255.0.0.0`, `::1`, `fd00::/8`, `loopback`, … */
function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', range, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(range) === 4;
}

/** A comma-separated list of proxies, as PALAUTE_TRUST_PROXY gives it. */
export function isProxyList(value: string): boolean {
  return value.split(',').every((entry) => isProxyEntry(entry.trim()));
}
