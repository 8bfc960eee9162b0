/**
 * Bearer tokens with roles. Only SHA-256 hashes of tokens are configured, so the configuration
 * holds no secret; a presented token is hashed and compared in constant time with every hash.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from './http/problems.js';

export const ROLES = ['results', 'reports', 'admin', 'metrics'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenGrant {
  readonly role: Role;
  /** SHA-256 of the token, 64 lowercase hex digits. */
  readonly sha256: string;
}

/** Who presented a token: its roles, and a fingerprint for audit rows that reveals nothing of it. */
export interface Reader {
  readonly roles: ReadonlySet<Role>;
  readonly fingerprint: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `results:9f86…,reports:2c26…` → grants. Shapes are checked later with the rest of the config. */
export function parseTokenList(list: string): TokenGrant[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [role = '', sha256 = ''] = entry.split(':');
      return { role: role.trim() as Role, sha256: sha256.trim().toLowerCase() };
    });
}

export class TokenRegistry {
  readonly #grants: readonly { role: Role; hash: Buffer }[];

  constructor(grants: readonly TokenGrant[]) {
    this.#grants = grants.map((grant) => ({ role: grant.role, hash: Buffer.from(grant.sha256, 'hex') }));
  }

  /** Whether any configured token has `role`. */
  grants(role: Role): boolean {
    return this.#grants.some((grant) => grant.role === role);
  }

  /** The reader behind an `Authorization` header, or undefined for no or an unknown token. */
  identify(authorization: string | undefined): Reader | undefined {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    const presented = createHash('sha256').update(token).digest();
    const roles = new Set<Role>();
    // Every grant is compared, matching or not, so timing tells nothing about which one matched.
    for (const grant of this.#grants) {
      if (timingSafeEqual(presented, grant.hash)) roles.add(grant.role);
    }
    return roles.size ? { roles, fingerprint: presented.toString('hex').slice(0, 12) } : undefined;
  }

  /** The reader, or a 401 (no or unknown token) or 403 (token without the role) to send. */
  authorize(authorization: string | undefined, role: Role): Reader {
    const reader = this.identify(authorization);
    if (!reader) {
      throw new HttpProblem(401, 'a bearer token is needed', [], {
        'WWW-Authenticate': 'Bearer realm="palaute"',
      });
    }
    if (!reader.roles.has(role)) throw new HttpProblem(403, `this token does not have the role "${role}"`);
    return reader;
  }
}
