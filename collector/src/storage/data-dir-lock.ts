/**
 * One collector per PGlite directory. PGlite keeps no lock of its own, and two processes writing
 * one directory would corrupt it, so the collector holds a lock file naming its process id. A
 * lock left by a process that no longer runs (kill -9, power cut) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock, or throws when another collector has it; returns the release. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'palaute-collector.lock');
  if (heldHere.has(lockFile)) throw new Error(`${dataDir} is already open in this process`);
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      heldHere.add(lockFile);
      return () => {
        heldHere.delete(lockFile);
        rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lockFile, 'utf8'));
    // Our own pid in the file can only be a dead process's: pids are reused.
    if (holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `${dataDir} is in use by the collector with process id ${holder}; one collector per PGlite directory`,
      );
    }
    rmSync(lockFile, { force: true });
  }
}
