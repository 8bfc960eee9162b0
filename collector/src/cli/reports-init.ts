/**
 * `palaute-collector reports init [--handler NAME --passphrase-file FILE]`: the first reports key,
 * the first handler and the recovery handler, stored in one transaction with every report kept in
 * the clear until now sealed; prints the public key to paste into pages and the recovery code once.
 * Exit codes: 0 done, 2 usage, 1 failure.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRecoveryCode } from 'palaute/crypto';
import { ConfigError, optionsFromEnv, resolveConfig } from '../config.js';
import { handlerNameSchema, RECOVERY_HANDLER } from '../reports/key-schemas.js';
import { makeFirstKeys, type FirstHandler } from '../reports/first-keys.js';
import { ReportKeys, type FirstKeys } from '../reports/report-keys.js';
import { rewriteClearTables, sealStoredReports } from '../reports/seal-stored.js';
import type { Database } from '../storage/database.js';
import { openDatabase } from '../storage/open-database.js';
import { ask, askHidden } from './passphrase-prompt.js';

export const MIN_PASSPHRASE_LENGTH = 12;
const USAGE = 'usage: palaute-collector reports init [--handler NAME --passphrase-file FILE]';

class UsageError extends Error {}
class Refusal extends Error {}

function checkName(name: string): string {
  const parsed = handlerNameSchema.safeParse(name.trim());
  if (!parsed.success)
    throw new UsageError('the handler name should be 1 to 100 characters, without "/" or "\\"');
  if (parsed.data === RECOVERY_HANDLER)
    throw new UsageError(`"${RECOVERY_HANDLER}" is the recovery code's name`);
  return parsed.data;
}

function checkPassphrase(passphrase: string): string {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new UsageError(`the passphrase should be at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  return passphrase;
}

async function handlerFromArgs(args: readonly string[]): Promise<FirstHandler> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { handler: { type: 'string' }, 'passphrase-file': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const file = values['passphrase-file'];
  if ((values.handler === undefined) !== (file === undefined)) {
    throw new UsageError('give --handler and --passphrase-file together, or neither to be asked');
  }
  if (values.handler !== undefined && file !== undefined) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `cannot read the passphrase file: ${(error as NodeJS.ErrnoException).code ?? error}`,
      );
    }
    // The line break an editor or `echo` adds is not part of the passphrase.
    return { name: checkName(values.handler), passphrase: checkPassphrase(text.replace(/\r?\n$/, '')) };
  }
  if (!process.stdin.isTTY) {
    throw new UsageError('not at a terminal: give --handler NAME --passphrase-file FILE');
  }
  const name = checkName(await ask("The first handler's name: "));
  const passphrase = checkPassphrase(
    await askHidden(`Their passphrase (at least ${MIN_PASSPHRASE_LENGTH} characters): `),
  );
  if ((await askHidden('The passphrase again: ')) !== passphrase) {
    throw new UsageError('the two passphrases differ');
  }
  return { name, passphrase };
}

async function open(): Promise<Database> {
  const config = resolveConfig({ ...optionsFromEnv(process.env), logLevel: 'silent' });
  try {
    return await openDatabase(config, (error) =>
      console.error('palaute-collector: database connection lost', error.message),
    );
  } catch (error) {
    if (error instanceof ConfigError && /is in use by the collector/.test(error.message)) {
      throw new Refusal(
        `${error.message}\nStop the collector first: with PGlite only one process may use the data directory. Start it again after init.`,
      );
    }
    throw error;
  }
}

function printResult(first: FirstKeys, recoveryCode: string, sealed: { reports: number; notes: number }) {
  const key = JSON.stringify(first.reportKey.publicKey);
  console.log(`Reports key made (id ${first.reportKey.kid}); handler "${first.handlers[0]?.name}" can open reports.
Sealed ${sealed.reports} report(s) and ${sealed.notes} note(s) stored in the clear before now.

Paste the public key into the pages that show the deviation form, in the data-palaute-config block:

"reportKey": ${key}

or in script:

configure({ reportKey: ${key} })

Recovery code (shown this once; write it down and keep it apart from the passphrases, e.g. in a safe):

    ${recoveryCode}

WARNING: if every handler's passphrase and this recovery code are lost, every report is lost:
nobody, the collector's operator included, can open them then.
Add handlers, rotate the key and remove handlers in the inbox (/inbox), not here.`);
}

export async function reportsInit(args: readonly string[]): Promise<number> {
  try {
    const handler = await handlerFromArgs(args);
    const db = await open();
    try {
      const keys = new ReportKeys(db);
      if (await keys.anyExist()) {
        throw new Refusal(
          'this collector has reports keys already; init runs once. Add handlers and rotate the key in the inbox (/inbox).',
        );
      }
      const recoveryCode = createRecoveryCode();
      const first = await makeFirstKeys(handler, recoveryCode);
      const sealed = await db.transaction(async (tx) => {
        if (await keys.anyExist(tx)) throw new Refusal('another init stored keys meanwhile');
        await keys.storeFirst(tx, first, 'reports-init');
        return sealStoredReports(tx, first.reportKey);
      });
      // The keys are stored: the code must be printed whatever happens next.
      printResult(first, recoveryCode, sealed);
      try {
        await rewriteClearTables(db);
      } catch (error) {
        console.error(
          `palaute-collector reports init: the keys are stored, but VACUUM FULL failed (${String(error)}); ` +
            'run VACUUM FULL on the tables answers and report_cases so old clear rows leave the files',
        );
      }
      return 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`palaute-collector reports init: ${error.message}\n${USAGE}`);
      return 2;
    }
    const message = error instanceof Refusal || error instanceof ConfigError ? error.message : String(error);
    console.error(`palaute-collector reports init: ${message}`);
    return 1;
  }
}
