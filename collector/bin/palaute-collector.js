#!/usr/bin/env node
// The compiled collector; `npm run build -w collector` makes it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'palaute-collector is not built yet: run `npm run build -w collector` in the repository first.',
  );
  process.exit(1);
}
await import(cli.href);
