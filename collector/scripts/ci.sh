#!/usr/bin/env bash
# A fresh machine to a tested collector in one command: the locked packages when missing, the
# build, then the whole suite on PGlite and on PostgreSQL (installed and started as needed).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../node_modules/fastify ] || [ ! -d ../node_modules/@electric-sql/pglite ]; then
  (cd .. && npm ci --no-audit --no-fund)
fi
npm run build
npm run test:pglite
npm run test:postgres
