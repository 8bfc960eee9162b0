/** The collector as operators run it: `bin/palaute-collector.js` in a child process, set up by environment. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TOKEN_GRANTS } from './tokens.js';

const BIN = fileURLToPath(new URL('../../bin/palaute-collector.js', import.meta.url));

/** Environment for a child on `storage` (from freshStorage), plus `env`. */
export function collectorEnv(storage, env = {}) {
  const { dataDir, databaseUrl } = storage.options;
  return {
    PATH: process.env.PATH,
    HOST: '127.0.0.1',
    PORT: '0',
    PALAUTE_TOKENS: TOKEN_GRANTS.map(({ role, sha256 }) => `${role}:${sha256}`).join(','),
    PALAUTE_RATE_LIMIT: '1000000',
    PALAUTE_LOG_LEVEL: 'warn',
    ...(dataDir ? { PALAUTE_DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl }),
    ...env,
  };
}

/** Starts one; resolves once it has printed its URL. */
export function spawnCollector(env, args = []) {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`collector exited (${code ?? signal}):\n${output}`)));
  });
  // Not every caller waits for it (a refused start never listens).
  listening.catch(() => {});
  return {
    child,
    exited,
    listening,
    output: () => output,
  };
}
