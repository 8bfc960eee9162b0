/** scripts/widgets.ts, the widget list, for Node scripts and tests (Node 20 cannot import TypeScript). */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

/** The module's exports, loaded through Vite's module runner. */
export async function loadWidgets() {
  // The runner sets NODE_ENV to development when it is unset; a build started afterwards in the
  // same process would then bundle Lit's development build.
  const nodeEnv = process.env.NODE_ENV;
  try {
    return (await runnerImport(resolve(import.meta.dirname, 'widgets.ts'))).module;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
