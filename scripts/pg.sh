#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL on loopback for tests and benchmarks.
#   scripts/pg.sh start DIR PORT   -> prints the connection string
#   scripts/pg.sh stop DIR
# PostgreSQL refuses to run as root, so as root it runs as the 'postgres' user.
set -euo pipefail

find_bin() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  return 1
}

ensure_installed() {
  if ! find_bin >/dev/null; then
    echo "PostgreSQL not found; installing it with apt-get" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:?start|stop}; dir=${2:?data folder}
case "$cmd" in
  start)
    port=${3:?port}
    ensure_installed
    bin=$(find_bin)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd -r -m postgres; chown postgres "$dir"; chmod 700 "$dir"; fi
    as_pg "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 >"$dir/initdb.log" 2>&1
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
    ;;
  stop)
    bin=$(find_bin)
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
