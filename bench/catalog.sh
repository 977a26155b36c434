#!/usr/bin/env bash
# Catalog search benchmark on this machine: a throwaway PostgreSQL, N health facilities, items and services (bench
# tool `catalog`), the server in Release, then for each code and name search on Organization, Medication and
# ActivityDefinition the server over HTTP beside the same search in hand-written SQL (bench tool `search-catalog`),
# first on openIMIS's tables as they are, then after the operator's `indexes create`.
#
#   bench/catalog.sh [--facilities 2000] [--items 5000] [--services 5000] [--duration 10] [--warmup 2] [--concurrency 8]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

facilities=2000 items=5000 services=5000 duration=10 warmup=2 concurrency=8 pg_port=55440 server_port=55490
while [ $# -gt 0 ]; do
  case "$1" in
    --facilities) facilities=$2; shift 2 ;;
    --items) items=$2; shift 2 ;;
    --services) services=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

free_port() {
  local port=$1
  while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}

pgdir=$(mktemp -d /tmp/openimis-fhir-catalog-pg.XXXXXX)
results="$TMPDIR/bench-catalog.txt"; : >"$results"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -- -"$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() { stop_server; scripts/pg.sh stop "$pgdir" || true; }
trap cleanup EXIT
report() { echo "$1"; echo "$1" >>"$results"; }

server_cs=$(scripts/pg.sh start "$pgdir" "$(free_port "$pg_port")")
cs="${server_cs/Database=postgres/Database=openimis_bench}"

dotnet build tools/OpenImis.Fhir.Bench -c Release -warnaserror -v q -nologo
dotnet build src/OpenImis.Fhir.Server -c Release -warnaserror -v q -nologo
bench() { dotnet tools/OpenImis.Fhir.Bench/bin/Release/net10.0/OpenImis.Fhir.Bench.dll "$@"; }
server_env=(Database__Provider=PostgreSql Database__ConnectionString="$cs" Database__SeedDemoData=false Logging__LogLevel__Default=Warning)

report "$(bench catalog --connection "$cs" --facilities "$facilities" --items "$items" --services "$services" | tail -n 1)"

start_server() {
  local port
  port=$(free_port "$server_port")
  setsid env "${server_env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" Urls="http://127.0.0.1:$port" \
    dotnet run -c Release --project src/OpenImis.Fhir.Server --no-launch-profile --no-build \
    >"$TMPDIR/bench-catalog-server.log" 2>&1 &
  server_pid=$!
  base="http://127.0.0.1:$port/fhir"
  for _ in $(seq 1 300); do
    curl -fs "$base/metadata" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $TMPDIR/bench-catalog-server.log" >&2; exit 1; }
    sleep 1
  done
  echo "the server did not answer within 300 s" >&2; exit 1
}

run=(--duration "$duration" --warmup "$warmup" --concurrency "$concurrency")
for variant in "without search indexes" "after indexes create"; do
  if [ "$variant" = "after indexes create" ]; then
    env "${server_env[@]}" dotnet run -c Release --project src/OpenImis.Fhir.Server --no-launch-profile --no-build -- indexes create >/dev/null
  fi
  start_server
  while read -r line; do report "$variant: $line"; done < <(bench search-catalog --base-url "$base" --connection "$cs" "${run[@]}")
  stop_server
done

echo
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $facilities facilities, $items items, $services services, concurrency $concurrency, ${duration}s per run"
cat "$results"
