import { expect } from '@open-wc/testing';
import { toBase64url } from '../../src/crypto/bytes.js';
import { decap, encap, keySchedule, openBase, sealBase } from '../../src/crypto/hpke.js';

// RFC 9180 test vectors, base mode (mode 0): keys, shared secret, key schedule, first two encryptions.
// Source: the CFRG's test-vectors.json for RFC 9180 (github.com/cfrg/draft-irtf-cfrg-hpke, at
// commit 5f503c5), entries {mode 0, kem_id 16, kdf_id 1, aead_id 2} and {… aead_id 1}; the
// second is printed in RFC 9180 Appendix A.3.1.
interface Vector {
  info: string;
  skEm: string;
  skRm: string;
  pkRm: string;
  pkEm: string;
  enc: string;
  sharedSecret: string;
  key: string;
  baseNonce: string;
  encryptions: { aad: string; nonce: string; ct: string }[];
}

const INFO = '4f6465206f6e2061204772656369616e2055726e';
const PT = '4265617574792069732074727574682c20747275746820626561757479';

/** kem_id 16 (DHKEM(P-256, HKDF-SHA256)), kdf_id 1 (HKDF-SHA256), aead_id 2 (AES-256-GCM). */
const AES_256_GCM: Vector = {
  info: INFO,
  skEm: '90345e3a1d116c1dd39ae76d95ab858c142223a63e44f8f85318cfa91a84858e',
  skRm: '317f915db7bc629c48fe765587897e01e282d3e8445f79f27f65d031a88082b2',
  pkRm: '04abc7e49a4c6b3566d77d0304addc6ed0e98512ffccf505e6a8e3eb25c685136f853148544876de76c0f2ef99cdc3a05ccf5ded7860c7c021238f9e2073d2356c',
  pkEm: '04c06b4f6bebc7bb495cb797ab753f911aff80aefb86fd8b6fcc35525f3ab5f03e0b21bd31a86c6048af3cb2d98e0d3bf01da5cc4c39ff5370d331a4f1f7d5a4e0',
  enc: '04c06b4f6bebc7bb495cb797ab753f911aff80aefb86fd8b6fcc35525f3ab5f03e0b21bd31a86c6048af3cb2d98e0d3bf01da5cc4c39ff5370d331a4f1f7d5a4e0',
  sharedSecret: '48893fecd82f7c3456af6a42d8f56325d21e08c10fa81299986aaff54cde7b49',
  key: 'ee16802a936d5f544771131900ee6973d0551de9e852ece2ef34bf0d5f9e1d1d',
  baseNonce: '9bc50980832a7b4b58c40161',
  encryptions: [
    {
      aad: '436f756e742d30',
      nonce: '9bc50980832a7b4b58c40161',
      ct: '58c61a45059d0c5704560e9d88b564a8b63f1364b8d1fcb3c4c6ddc1d291742465e902cd216f8908da49f8f96f',
    },
    {
      aad: '436f756e742d31',
      nonce: '9bc50980832a7b4b58c40160',
      ct: 'b4e7c90d1dd62cb563694956eb517ab55d5e7d1f6366a0066c04ababaa444dbaf60a30d7bb7d3e91b969762dee',
    },
  ],
};

/** RFC 9180 A.3: the same KEM and KDF with AES-128-GCM (aead_id 1). */
const AES_128_GCM_A3: Vector = {
  info: INFO,
  skEm: '4995788ef4b9d6132b249ce59a77281493eb39af373d236a1fe415cb0c2d7beb',
  skRm: 'f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2',
  pkRm: '04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f706a826a779b4cf969b8a0e539c7f62fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0',
  pkEm: '04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4',
  enc: '04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4',
  sharedSecret: 'c0d26aeab536609a572b07695d933b589dcf363ff9d93c93adea537aeabb8cb8',
  key: '868c066ef58aae6dc589b6cfdd18f97e',
  baseNonce: '4e0bc5018beba4bf004cca59',
  encryptions: [
    {
      aad: '436f756e742d30',
      nonce: '4e0bc5018beba4bf004cca59',
      ct: '5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2f20b6c7f9076ac232e3ab2523f39513434',
    },
    {
      aad: '436f756e742d31',
      nonce: '4e0bc5018beba4bf004cca58',
      ct: 'fa6f037b47fc21826b610172ca9637e82d6e5801eb31cbd3748271affd4ecb06646e0329cbdf3c3cd655b28e82',
    },
  ],
};

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => parseInt(byte, 16));
const toHex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** A key pair from the vector's private scalar and uncompressed public point. */
async function keyPair(sk: string, pk: string): Promise<CryptoKeyPair> {
  const point = hex(pk);
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: toBase64url(point.slice(1, 33)),
    y: toBase64url(point.slice(33)),
  };
  const algorithm = { name: 'ECDH', namedCurve: 'P-256' };
  return {
    privateKey: await crypto.subtle.importKey('jwk', { ...jwk, d: toBase64url(hex(sk)) }, algorithm, false, [
      'deriveBits',
    ]),
    publicKey: await crypto.subtle.importKey('jwk', jwk, algorithm, true, []),
  };
}

/** DHKEM(P-256, HKDF-SHA256) with the vector's keys gives its enc and shared secret, both ways. */
async function expectKemSharedSecret(vector: Vector): Promise<void> {
  const recipient = await keyPair(vector.skRm, vector.pkRm);
  const ephemeral = await keyPair(vector.skEm, vector.pkEm);
  const { enc, shared } = await encap(recipient.publicKey, ephemeral);
  expect(toHex(enc)).to.equal(vector.enc);
  expect(toHex(shared)).to.equal(vector.sharedSecret);
  expect(toHex(await decap(hex(vector.enc), recipient))).to.equal(vector.sharedSecret);
}

describe('RFC 9180 vectors: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-256-GCM (the report suite)', () => {
  const vector = AES_256_GCM;

  it('gives the vector shared secret on both sides of the KEM', () => expectKemSharedSecret(vector));

  it('derives the vector key and base nonce', async () => {
    const { key, baseNonce } = await keySchedule(hex(vector.sharedSecret), hex(vector.info));
    expect(toHex(key)).to.equal(vector.key);
    expect(toHex(baseNonce)).to.equal(vector.baseNonce);
  });

  it('seals the first encryption exactly, and opens it', async () => {
    const recipient = await keyPair(vector.skRm, vector.pkRm);
    const ephemeral = await keyPair(vector.skEm, vector.pkEm);
    const first = vector.encryptions[0]!;
    const { enc, ct } = await sealBase(
      recipient.publicKey,
      hex(vector.info),
      hex(first.aad),
      hex(PT),
      ephemeral,
    );
    expect(toHex(enc)).to.equal(vector.enc);
    expect(toHex(ct)).to.equal(first.ct);
    expect(
      toHex(await openBase(recipient, hex(vector.enc), hex(vector.info), hex(first.aad), hex(first.ct))),
    ).to.equal(PT);
  });

  it('agrees with the second encryption: base nonce XOR 1 under the same key (single shot uses only the first)', async () => {
    const second = vector.encryptions[1]!;
    const nonce = hex(vector.baseNonce);
    nonce[11]! ^= 1;
    expect(toHex(nonce)).to.equal(second.nonce);
    const { key } = await keySchedule(hex(vector.sharedSecret), hex(vector.info));
    const aesKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    const ct = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: hex(second.aad) },
      aesKey,
      hex(PT),
    );
    expect(toHex(ct)).to.equal(second.ct);
  });
});

describe('RFC 9180 A.3: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM', () => {
  const vector = AES_128_GCM_A3;

  // Only the KEM is shared with the report suite (another AEAD changes the key schedule's
  // suite_id), so A.3 checks DHKEM(P-256, HKDF-SHA256) against the RFC's own printed values.
  it('gives the printed shared secret on both sides of the KEM', () => expectKemSharedSecret(vector));
});
