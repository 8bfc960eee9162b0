/**
 * What `reports init` stores: the first reports key, the first handler's key pair wrapped with
 * their passphrase, the recovery handler's wrapped with the recovery code, and a grant of the
 * reports key to each. Made in this process; no private key leaves it unwrapped or unsealed.
 */
import {
  exportReportPublicKey,
  generateReportKeyPair,
  reportKeyId,
  sealKeyGrant,
  wrapPrivateKey,
  wrapPrivateKeyWithRecoveryCode,
} from 'palaute/crypto';
import { RECOVERY_HANDLER } from './key-schemas.js';
import type { FirstKeys } from './report-keys.js';

type KeyPair = Awaited<ReturnType<typeof generateReportKeyPair>>;

export interface FirstHandler {
  readonly name: string;
  readonly passphrase: string;
}

export async function makeFirstKeys(handler: FirstHandler, recoveryCode: string): Promise<FirstKeys> {
  const reportsKeyPair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(reportsKeyPair.publicKey);
  const kid = await reportKeyId(publicKey);
  const holder = async (name: string, wrap: (pair: KeyPair) => ReturnType<typeof wrapPrivateKey>) => {
    const pair = await generateReportKeyPair();
    const handlerPublicKey = await exportReportPublicKey(pair.publicKey);
    return {
      name,
      publicKey: handlerPublicKey,
      wrappedKey: await wrap(pair),
      grant: await sealKeyGrant(handlerPublicKey, reportsKeyPair, { kid, handler: name }),
    };
  };
  return {
    reportKey: { kid, publicKey },
    handlers: [
      await holder(handler.name, (pair) => wrapPrivateKey(pair, handler.passphrase)),
      await holder(RECOVERY_HANDLER, (pair) => wrapPrivateKeyWithRecoveryCode(pair, recoveryCode)),
    ],
  };
}
