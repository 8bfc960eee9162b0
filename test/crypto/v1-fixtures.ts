import { REPORT_SUITE, type SealedReport, type WrappedReportKey } from '../../src/crypto/index.js';

/**
 * Made once, in Node 20 (where `palaute-collector reports init` will run), with version 1 of
 * src/crypto and a key pair for tests only. Reports and wrapped keys already stored must keep
 * opening: if a test on these fails, the stored format changed.
 */
export const V1_PUBLIC_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'AATBBemxUFATdbvHvplAUysHmVzfgU533dKETNU3lMQ',
  y: 'lqDRDpmGqGf69qRC-IqA5RJqH4F9C_xiv3w54BnOAvk',
} as const;
export const V1_PRIVATE_D = '5MzvkO9q2VXxq6r7zFhpVhvUGx_hcInWngAogOZyths';

export const V1_BINDING = { envelopeId: '3f1c2a4e-0000-4000-8000-000000000001', kind: 'deviation-report' };
export const V1_REPORT = {
  description: 'Sentinel: Lapsi jäi yksin – soita 040 123 4567',
  contact: { phone: '+358401234567' },
};
export const V1_SEALED: SealedReport = {
  v: 1,
  suite: REPORT_SUITE,
  enc: 'BDyaO5QdaXctwG_T1AuAOoqB0Df5eS2GoRXH0Yw1H4OCfji1dAx0hiNzv9t9bib-slVHgNUvHG_OfaR1yErNFBs',
  ct: 'r3vutibW8tWqNod4CZ_jJOqaurnooIFrnzeallxkainEjjHn0qRtZQuQDKtqrTerJtsFCs1xECwJ0oqtX8LSuGg_s5RVNRYqGHDETXwTf6R4dzaGctnfOme4Utqvob6ZmumKxZqEvbcJS9bChSYTFwBg_Q_OGxg',
};

export const V1_PASSPHRASE = 'Korppi lentää yli järven 1987';
export const V1_WRAPPED: WrappedReportKey = {
  v: 1,
  kdf: 'PBKDF2-SHA-256',
  iterations: 600000,
  salt: '3CUUooCsMXa-lt7b7u_Odg',
  iv: 'ATHUuCCnexYURQVA',
  wrapped:
    'lQGD4VXNhAzn3JlsWoNwmCfAJwe4NHmy7XUq2REhHpdaLD1z_DRc6SDoTiIZdRPynMVl73rLiv-ZTFr9MHhq3fi7lC8fVYLkXF3RRij0_93-uA4H2rDPvJaHhqg_4pjYWlWMRsL8JojDo6zsU6052xBgH-wrp9oGud6VBmN-kcf7CvN8BQ93Yvf83cbWKAsBmqw0PrnrSFNyob7G3qplqaB98pVxECMenUzfiOilN88JoldScNQ3-4qaEmntV5Hb1iK8F6xdMXB_uvlCKNGjFaHAOiO6dpNHB41swKm8RiMeSJ7a',
  publicKey: { ...V1_PUBLIC_JWK },
};
