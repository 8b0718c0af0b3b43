#!/usr/bin/env bash
# Runs CMD... with a throwaway PostgreSQL 15 cluster: initdb into a temp dir (as the postgres user, since
# initdb refuses root), trust auth on 127.0.0.1, a database attest_test, and
#   ATTEST_TEST_PG=postgres://postgres@127.0.0.1:PORT/attest_test
# exported. The cluster is stopped and its directory removed however CMD ends. Exit status is CMD's.
# Usage: bash scripts/with-postgres.sh npm test
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ $# -eq 0 ]; then echo "usage: $0 CMD..." >&2; exit 2; fi
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "with-postgres: no PostgreSQL 15 in $PG_BIN (apt-get install postgresql-15); running without it" >&2
  exec "$@"
fi

if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "with-postgres: no 'postgres' user to run the cluster as (initdb refuses root); running without it" >&2
  exec "$@"
fi

as_pg() {
  if [ "$(id -u)" -ne 0 ]; then "$@";
  elif command -v runuser >/dev/null; then runuser -u postgres -- "$@";
  else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

# First free port from 5432 up (5432 itself is taken when a system cluster runs).
free_port() {
  local p
  for p in $(seq 5432 5532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "with-postgres: no free port in 5432-5532" >&2; exit 1
}

DIR=$(mktemp -d /tmp/attest-pg.XXXXXX)
cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"

PORT=$(free_port)
as_pg "$PG_BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres attest_test

export ATTEST_TEST_PG="postgres://postgres@127.0.0.1:$PORT/attest_test"
echo "with-postgres: PostgreSQL 15 at $ATTEST_TEST_PG" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
