#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway database on this machine's PostgreSQL:
# installs Debian's postgresql when missing (as root), starts the cluster, makes the role
# palaute_test (allowed to create the per-test databases) and its database. A cluster this script
# started is stopped again afterwards. Where PostgreSQL cannot be had, it fails and says why.
#   bash scripts/with-postgres.sh node --test test/
set -euo pipefail

fail() {
  echo "with-postgres: $1" >&2
  echo "with-postgres: the PostgreSQL run needs a local PostgreSQL: apt-get install postgresql (Debian), run as root," >&2
  echo "with-postgres: or set DATABASE_URL to a PostgreSQL database whose role may CREATE DATABASE." >&2
  exit 1
}

if [ -n "${DATABASE_URL:-}" ]; then
  exec "$@"
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || fail "PostgreSQL is not installed and there is no apt-get to install it."
  echo "with-postgres: installing postgresql with apt-get"
  as_root apt-get update -qq || fail "apt-get update failed."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || fail "apt-get install postgresql failed."
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  as_root pg_createcluster "$version" main >/dev/null || fail "no cluster, and pg_createcluster $version main failed."
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"

started=""
if [ "$status" != "online" ]; then
  as_root pg_ctlcluster "$version" "$name" start || fail "pg_ctlcluster $version $name start failed."
  started="yes"
fi
stop_cluster() { if [ -n "$started" ]; then as_root pg_ctlcluster "$version" "$name" stop || true; fi; }
trap stop_cluster EXIT

psql_admin() { as_root runuser -u postgres -- psql --port "$port" --quiet --no-psqlrc -v ON_ERROR_STOP=1 "$@"; }
psql_admin -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'palaute_test') THEN
    CREATE ROLE palaute_test LOGIN CREATEDB PASSWORD 'palaute_test';
  END IF; END \$\$;
  -- so that DROP DATABASE ... WITH (FORCE) may also end an autovacuum worker on a test database
  GRANT pg_signal_backend TO palaute_test;" || fail "could not create the role palaute_test."
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'palaute_test'")" ]; then
  psql_admin -c "CREATE DATABASE palaute_test OWNER palaute_test" || fail "could not create the database palaute_test."
fi

export DATABASE_URL="postgres://palaute_test:palaute_test@127.0.0.1:$port/palaute_test"
echo "with-postgres: PostgreSQL $version on 127.0.0.1:$port"
"$@"
