/**
 * A handler's keys in this browser (docs/sealed-reports.md, "Keys"): their own key pair unwrapped
 * with the passphrase, and every reports key opened from its grant into a kid → key pair map. Held
 * only in memory, not extractable; the extractable copies that adding a handler needs are opened
 * again for that one job and dropped.
 */
import {
  exportReportPublicKey,
  generateReportKeyPair,
  openKeyGrant,
  reportKeyId,
  sealKeyGrant,
  unwrapPrivateKey,
  unwrapPrivateKeyWithRecoveryCode,
  wrapPrivateKey,
  type ReportPublicKeyJwk,
} from '../../crypto/index.js';
import type { InboxApi, Keyring } from './inbox-api.js';

/** The handler the recovery code unlocks; it can be neither added nor removed in the inbox. */
export const RECOVERY_HANDLER = 'recovery';

/** The shortest passphrase a new handler may choose. */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface UnlockedKeys {
  handler: string;
  /** The handler's own key pair: it opens the grants again when adding a handler. */
  handlerKeyPair: CryptoKeyPair;
  /** Every reports key, by kid. */
  keys: Map<string, CryptoKeyPair>;
  /** The key new notes are sealed to. */
  current: { kid: string; publicKey: ReportPublicKeyJwk } | undefined;
}

async function openGrants(
  keyring: Keyring,
  handlerKeyPair: CryptoKeyPair,
  extractable: boolean,
): Promise<Map<string, CryptoKeyPair>> {
  const opened = await Promise.all(
    keyring.keys.map(
      async ({ kid, publicKey, grant }) =>
        [
          kid,
          await openKeyGrant(handlerKeyPair, grant, { kid, handler: keyring.handler.name }, publicKey, {
            extractable,
          }),
        ] as const,
    ),
  );
  return new Map(opened);
}

function currentKey(keyring: Keyring): UnlockedKeys['current'] {
  const current = keyring.keys.find((key) => key.current);
  return current && { kid: current.kid, publicKey: current.publicKey };
}

/** Signs in: WrongPassphraseError for a wrong passphrase or code, InboxProblem for the server's refusals. */
export async function unlock(
  api: InboxApi,
  handler: string,
  secret: string,
  { recovery = false } = {},
): Promise<UnlockedKeys> {
  const keyring = await api.keyring(handler);
  const handlerKeyPair = recovery
    ? await unwrapPrivateKeyWithRecoveryCode(keyring.handler.wrappedKey, secret)
    : await unwrapPrivateKey(keyring.handler.wrappedKey, secret);
  return {
    handler,
    handlerKeyPair,
    keys: await openGrants(keyring, handlerKeyPair, false),
    current: currentKey(keyring),
  };
}

/** After a rotation: the keyring read again and opened with the key pair already unwrapped. */
export async function reload(api: InboxApi, unlocked: UnlockedKeys): Promise<UnlockedKeys> {
  const keyring = await api.keyring(unlocked.handler);
  return {
    ...unlocked,
    keys: await openGrants(keyring, unlocked.handlerKeyPair, false),
    current: currentKey(keyring),
  };
}

/**
 * A new handler, typed in at this desk: their own key pair wrapped with their passphrase, and a
 * grant of every reports key to it. The collector sees only the wrapped key and the grants.
 */
export async function addHandler(
  api: InboxApi,
  unlocked: UnlockedKeys,
  name: string,
  passphrase: string,
): Promise<void> {
  const keyring = await api.keyring(unlocked.handler);
  const reportsKeys = await openGrants(keyring, unlocked.handlerKeyPair, true);
  const keyPair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(keyPair.publicKey);
  const grants = await Promise.all(
    [...reportsKeys].map(async ([kid, reportsKeyPair]) => ({
      kid,
      grant: await sealKeyGrant(publicKey, reportsKeyPair, { kid, handler: name }),
    })),
  );
  await api.addHandler({ name, publicKey, wrappedKey: await wrapPrivateKey(keyPair, passphrase), grants });
}

/**
 * A new reports key, granted to every handler (recovery too) from their public keys; it becomes
 * current. Resolves to its public key, the line for the pages' configuration.
 */
export async function rotate(api: InboxApi): Promise<ReportPublicKeyJwk> {
  const { handlers } = await api.handlers();
  const keyPair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(keyPair.publicKey);
  const kid = await reportKeyId(publicKey);
  const grants = await Promise.all(
    handlers.map(async ({ name, publicKey: handlerKey }) => ({
      handler: name,
      grant: await sealKeyGrant(handlerKey, keyPair, { kid, handler: name }),
    })),
  );
  await api.addKey({ publicKey, grants });
  return publicKey;
}
