#!/usr/bin/env bash
# Write throughput, this tree against a baseline commit, on one throwaway PostgreSQL: N synthetic families, then for
# each round and each server (baseline first, then this tree) HTTP load of Patient read, update (GET, then PUT with
# If-Match) and create. Rounds alternate the two servers so that a change in the machine's load hits both alike.
#
#   bench/writes.sh [--baseline REF] [--families 20000] [--rounds 2] [--duration 20] [--warmup 5] [--concurrency 16]
#
# Without --baseline only this tree is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

baseline="" families=20000 rounds=2 duration=20 warmup=5 concurrency=16 pg_port=55440 server_port=55490
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline=$2; shift 2 ;;
    --families) families=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

free_port() {
  local port=$1
  while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}

pgdir=$(mktemp -d /tmp/openimis-fhir-writes-pg.XXXXXX)
basedir=""
server_pid=""
results="$TMPDIR/bench-writes.txt"; : >"$results"
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -- -"$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  scripts/pg.sh stop "$pgdir" || true
  if [ -n "$basedir" ]; then git worktree remove --force "$basedir" || true; fi
}
trap cleanup EXIT
report() { echo "$1"; echo "$1" >>"$results"; }

server_cs=$(scripts/pg.sh start "$pgdir" "$(free_port "$pg_port")")
cs="${server_cs/Database=postgres/Database=openimis_bench}"

dotnet build tools/OpenImis.Fhir.Bench -c Release -warnaserror -v q -nologo
dotnet build src/OpenImis.Fhir.Server -c Release -warnaserror -v q -nologo
servers=("current:$root")
if [ -n "$baseline" ]; then
  basedir=$(mktemp -d /tmp/openimis-fhir-baseline.XXXXXX)
  git worktree add --detach "$basedir" "$baseline" >/dev/null
  dotnet build "$basedir/src/OpenImis.Fhir.Server" -c Release -v q -nologo
  servers=("baseline $(git rev-parse --short "$baseline"):$basedir" "${servers[@]}")
fi
bench() { dotnet tools/OpenImis.Fhir.Bench/bin/Release/net10.0/OpenImis.Fhir.Bench.dll "$@"; }
report "$(bench generate --connection "$cs" --families "$families" --seed 1 | tail -n 1)"

start_server() {
  local dir=$1 port
  port=$(free_port "$server_port")
  setsid env Database__Provider=PostgreSql Database__ConnectionString="$cs" Database__SeedDemoData=false \
    ASPNETCORE_URLS="http://127.0.0.1:$port" Urls="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
    Fhir__Validation__Mode=off \
    dotnet run -c Release --project "$dir/src/OpenImis.Fhir.Server" --no-launch-profile --no-build \
    >"$TMPDIR/bench-writes-server.log" 2>&1 &
  server_pid=$!
  base="http://127.0.0.1:$port/fhir"
  for _ in $(seq 1 300); do
    curl -fs "$base/metadata" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $TMPDIR/bench-writes-server.log" >&2; exit 1; }
    sleep 1
  done
  echo "the server did not answer within 300 s" >&2; exit 1
}

run=(--duration "$duration" --warmup "$warmup" --concurrency "$concurrency")
for round in $(seq 1 "$rounds"); do
  for server in "${servers[@]}"; do
    label=${server%%:*} dir=${server#*:}
    start_server "$dir"
    for scenario in read update create; do
      report "round $round, $label, $(bench load --base-url "$base" --scenario "$scenario" --connection "$cs" "${run[@]}")"
    done
    stop_server
  done
done

echo
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $families families, concurrency $concurrency, ${duration}s per run, validation off"
cat "$results"
