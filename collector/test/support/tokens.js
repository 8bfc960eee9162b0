import { createHash } from 'node:crypto';

/** One token per role, as a reader would hold it. */
export const TOKENS = {
  results: 'results-token-for-tests-only',
  reports: 'reports-token-for-tests-only',
  admin: 'admin-token-for-tests-only',
  metrics: 'metrics-token-for-tests-only',
};

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** What PALAUTE_TOKENS holds for TOKENS. */
export const TOKEN_GRANTS = Object.entries(TOKENS).map(([role, token]) => ({ role, sha256: sha256(token) }));

export const bearer = (role) => ({ authorization: `Bearer ${TOKENS[role]}` });
