import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** The whole of `bytes` under `file`, or nothing there: written aside, then renamed. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, bytes, { flag: 'wx', mode: 0o600 });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
