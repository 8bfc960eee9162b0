/**
 * PostgreSQL's own client programs, pg_dump, pg_restore and psql, found on PATH or in
 * PALAUTE_PG_BIN (e.g. /usr/lib/postgresql/17/bin when several versions are installed). They must
 * be of the server's major version or newer: pg_dump refuses a newer server and says so.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { BackupRefusal } from './refusal.js';

export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

export function findTool(tool: PgTool, env: NodeJS.ProcessEnv = process.env): string {
  const dirs = [env.PALAUTE_PG_BIN, ...(env.PATH ?? '').split(delimiter)].filter(Boolean) as string[];
  for (const dir of dirs) {
    const path = join(dir, tool);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  throw new BackupRefusal(
    `${tool} is not installed. Install PostgreSQL's client programs of the server's major version or newer ` +
      `(Debian/Ubuntu: apt-get install postgresql-client, or postgresql-client-17 from apt.postgresql.org; ` +
      `RHEL: dnf install postgresql), or set PALAUTE_PG_BIN to the directory that holds ${tool}.`,
  );
}

/** The URL without its password, and the environment that carries it (never on a command line). */
export function connectionFor(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.href, env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a tool; resolves when it exits 0, else rejects with what it wrote to stderr. */
export function run(
  tool: PgTool,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  stdin?: NodeJS.ReadableStream,
): Promise<void> {
  const child = spawn(findTool(tool, env), args, {
    env,
    stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'],
  });
  if (stdin && child.stdin) {
    // A tool that stops early closes its input; the reason is in its exit code and stderr.
    child.stdin.on('error', () => undefined);
    stdin.pipe(child.stdin);
  }
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new BackupRefusal(`${tool} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
