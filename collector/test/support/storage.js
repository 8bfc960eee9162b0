/**
 * A fresh, empty database for each collector a test starts, on the storage this run is about:
 * PostgreSQL when DATABASE_URL is set (scripts/with-postgres.sh sets it), PGlite otherwise.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createCollector } from '../../dist/index.js';

export const STORAGE = process.env.DATABASE_URL ? 'postgresql' : 'pglite';

/** Each PostgreSQL test database: created from DATABASE_URL's role, dropped afterwards. */
async function freshPostgres() {
  const adminUrl = process.env.DATABASE_URL;
  const name = `palaute_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.href },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // FORCE cannot end an autovacuum worker that has just started on it: wait and try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
          } catch (error) {
            if (attempt === 5) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Making a PGlite database from nothing (initdb in WebAssembly) takes seconds; copying a closed,
 * migrated one takes milliseconds. The template is kept between runs, named after the PGlite
 * version and the migrations, so a change to either makes a new one.
 */
function templateDir() {
  const pglitePackage = new URL('../package.json', import.meta.resolve('@electric-sql/pglite'));
  const pgliteVersion = JSON.parse(readFileSync(pglitePackage, 'utf8')).version;
  const migrations = new URL('../../dist/storage/migrations/', import.meta.url);
  const hash = createHash('sha256').update(pgliteVersion);
  for (const file of readdirSync(migrations)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    hash.update(readFileSync(new URL(file, migrations)));
  }
  return join(tmpdir(), `palaute-collector-pglite-template-${hash.digest('hex').slice(0, 16)}`);
}

async function freshPglite() {
  const template = templateDir();
  if (!existsSync(template)) {
    const making = mkdtempSync(`${template}-making-`);
    const collector = await createCollector({ dataDir: making, logLevel: 'silent', port: 0 });
    await collector.close();
    try {
      renameSync(making, template);
    } catch {
      rmSync(making, { recursive: true, force: true }); // another run made it first
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'palaute-collector-test-'));
  cpSync(template, dataDir, { recursive: true });
  return {
    options: { dataDir },
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `{ options, drop() }`: options to give the collector, and the way to throw the database away. */
export function freshStorage() {
  return STORAGE === 'postgresql' ? freshPostgres() : freshPglite();
}
