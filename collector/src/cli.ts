/**
 * `palaute-collector`: configured by environment variables (see the README). Prints its URL once
 * listening; on SIGTERM or SIGINT lets requests under way finish, closes the database, exits.
 * `palaute-collector new-token <role>` prints a fresh token and the PALAUTE_TOKENS entry for it.
 * `palaute-collector reports init` makes the reports key (cli/reports-init.ts).
 * `palaute-collector backup FILE` and `restore FILE [--force]` (cli/backup.ts).
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex, ROLES, type Role } from './auth.js';
import { createCollector } from './collector.js';
import { backupCommand } from './cli/backup.js';
import { reportsInit } from './cli/reports-init.js';
import { ConfigError, optionsFromEnv } from './config.js';

function printNewToken(role: string | undefined): void {
  if (!ROLES.includes(role as Role)) {
    console.error(`usage: palaute-collector new-token <${ROLES.join('|')}>`);
    process.exitCode = 2;
    return;
  }
  const token = randomBytes(32).toString('base64url');
  console.log(`token (give to the reader; not stored anywhere): ${token}`);
  console.log(`PALAUTE_TOKENS entry:                          ${role}:${sha256Hex(token)}`);
}

async function serve(): Promise<void> {
  const collector = await createCollector(optionsFromEnv(process.env));
  const url = await collector.listen();
  console.log(`palaute-collector listening on ${url} (${collector.location})`);
  if (collector.metricsUrl) console.log(`palaute-collector metrics on ${collector.metricsUrl}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`palaute-collector: ${signal}, finishing requests under way`);
    collector.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('palaute-collector: could not close cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const [command, argument, ...rest] = process.argv.slice(2);
if (command === 'new-token') {
  printNewToken(argument);
} else if (command === 'reports' && argument === 'init') {
  process.exitCode = await reportsInit(rest);
} else if (command === 'backup' || command === 'restore') {
  process.exitCode = await backupCommand(
    command,
    [argument, ...rest].filter((arg) => arg !== undefined),
  );
} else if (command !== undefined) {
  console.error(
    `palaute-collector: unknown command "${[command, argument].filter(Boolean).join(' ')}"; ` +
      'run it without one to serve, or "new-token <role>", "reports init", "backup FILE" or "restore FILE [--force]"',
  );
  process.exitCode = 2;
} else {
  serve().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
