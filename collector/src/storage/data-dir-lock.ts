/**
 * One collector per PGlite directory. PGlite keeps no lock of its own, and two processes writing
 * one directory would corrupt it.
 *
 * The lock is a listening Unix socket in Linux's abstract namespace, named after the directory's
 * real path. Binding it is atomic (a second binder gets EADDRINUSE), and the kernel frees it when
 * the process ends however it ends (kill -9, a crash): there is no file to go stale, no pid that
 * may by now be another program's, and no read-delete-create takeover that two starters could
 * interleave. The socket answers a connection with its process id, for the refusal's message.
 * Abstract sockets belong to a network namespace: two containers sharing the directory through a
 * volume do not see each other's lock (run one collector per directory, as the README says).
 *
 * Other systems (a developer's Mac) fall back to a lock file created with O_EXCL, which is
 * atomic but does not die with its process: a stale one is reported and must be removed by hand.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

export type Unlock = () => Promise<void>;

const inUse = (dataDir: string, holder: string) =>
  new Error(
    `${dataDir} is in use by the collector with process id ${holder}; one collector per PGlite directory`,
  );

/** Takes the directory's lock, or throws when another collector has it; resolves with the release. */
export function lockDataDir(dataDir: string): Promise<Unlock> {
  return process.platform === 'linux' ? lockWithSocket(dataDir) : Promise.resolve(lockWithFile(dataDir));
}

async function lockWithSocket(dataDir: string): Promise<Unlock> {
  const digest = createHash('sha256').update(realpathSync(dataDir)).digest('hex');
  const name = `\0palaute-collector/${digest}`;
  const server = createServer((socket) => socket.end(String(process.pid)));
  try {
    await listen(server, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw inUse(dataDir, await holderOf(name));
  }
  // The lock must not keep the process alive by itself.
  server.unref();
  return () => new Promise((resolve) => server.close(() => resolve()));
}

function listen(server: Server, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(name, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The holder's process id, as its socket tells it; "unknown" if it does not answer in time. */
function holderOf(name: string): Promise<string> {
  return new Promise((resolve) => {
    let said = '';
    const socket = connect(name);
    socket.setTimeout(2_000, () => socket.destroy());
    socket.on('data', (chunk) => (said += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(/^\d+$/.test(said) ? said : 'unknown'));
  });
}

function lockWithFile(dataDir: string): Unlock {
  const lockFile = join(dataDir, 'palaute-collector.lock');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = readFileSync(lockFile, 'utf8').trim();
    throw new Error(
      `${inUse(dataDir, holder).message}; if that process has ended, delete ${lockFile} and start again`,
      { cause: error },
    );
  }
  return async () => rmSync(lockFile, { force: true });
}
