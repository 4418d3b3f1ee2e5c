#!/usr/bin/env bash
# Throwaway PostgreSQL 15 for the storage contract tests: `start DIR PORT` / `stop DIR`.
# Runs initdb and pg_ctl as the postgres user (they refuse root) on a data folder under DIR,
# listening only on 127.0.0.1, trusting local connections. Every wait is bounded.
set -euo pipefail

pg_bin() {
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    # runuser is part of util-linux; su is the fallback.
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

start() {
  local dir=$1 port=$2 bin
  if ! bin=$(pg_bin); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      timeout 600 apt-get update -qq >/dev/null && timeout 600 env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || true
    fi
    bin=$(pg_bin) || { echo "postgres: PostgreSQL is not installed" >&2; return 1; }
  fi
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_postgres timeout 120 "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  as_postgres timeout 60 "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
}

stop() {
  local dir=$1 bin
  bin=$(pg_bin) || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_postgres timeout 60 "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
