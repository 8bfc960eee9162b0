/**
 * Partial public-key validation for P-256 (NIST SP 800-56A 5.6.2.3.4), which RFC 9180 7.1.4
 * requires of every public key HPKE takes in. WebCrypto is meant to do it on import, but
 * WebKitGTK 2.50 imports points that are not on the curve (raw and JWK alike), and an invalid
 * point fed to ECDH with the organisation's private key is the classic way to learn that key.
 */

// FIPS 186-4 D.1.2.3: the field prime p and the coefficient b of y² = x³ − 3x + b.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

const toBigInt = (bytes: Uint8Array) => bytes.reduce((n, byte) => (n << 8n) | BigInt(byte), 0n);
const mod = (n: bigint) => ((n % P) + P) % P;

/** An uncompressed point (0x04 ‖ x ‖ y) with both coordinates in the field and on the curve. */
export function isP256Point(point: Uint8Array): boolean {
  if (point.length !== 65 || point[0] !== 0x04) return false;
  const x = toBigInt(point.subarray(1, 33));
  const y = toBigInt(point.subarray(33));
  if (x >= P || y >= P) return false;
  return mod(y * y) === mod(x * x * x - 3n * x + B);
}
