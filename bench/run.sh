#!/usr/bin/env bash
# Load benchmark on this machine: a throwaway PostgreSQL, N synthetic families (about 4 insurees each), the
# server in Release, then HTTP load and the in-process floor (bare Npgsql + Firely serializer) for Patient
# read and Patient?family= search. Every figure is one plain line; they are repeated at the end.
#
#   bench/run.sh [--families 100000] [--seed 1] [--duration 30] [--warmup 5] [--concurrency 16]
#                [--pg-port 55440] [--server-port 55490] [--search-index]
#
# --search-index adds a lower("LastName") text_pattern_ops index before the runs. A real openIMIS database has
# no index on LastName, so the default measures the search without it.
# The server prepares statements automatically (Max Auto Prepare=64 unless the connection string says
# otherwise), and the floor does the same.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

families=100000 seed=1 duration=30 warmup=5 concurrency=16 pg_port=55440 server_port=55490 search_index=0
while [ $# -gt 0 ]; do
  case "$1" in
    --families) families=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --server-port) server_port=$2; shift 2 ;;
    --search-index) search_index=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# Other sessions share this machine: take the first free port from the one asked for.
free_port() {
  local port=$1
  while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}
pg_port=$(free_port "$pg_port")

pgdir=$(mktemp -d /tmp/openimis-fhir-bench-pg.XXXXXX)
results="$TMPDIR/bench-results.txt"; : >"$results"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -- -"$server_pid" 2>/dev/null || true   # the server runs in its own process group (setsid)
    wait "$server_pid" 2>/dev/null || true
  fi
  scripts/pg.sh stop "$pgdir" || true
}
trap cleanup EXIT

report() { echo "$1"; echo "$1" >>"$results"; }

server_cs=$(scripts/pg.sh start "$pgdir" "$pg_port")
cs="${server_cs/Database=postgres/Database=openimis_bench}"
echo "PostgreSQL: $cs"

dotnet build tools/OpenImis.Fhir.Bench -c Release -warnaserror -v q -nologo
dotnet build src/OpenImis.Fhir.Server -c Release -warnaserror -v q -nologo
bench() { dotnet tools/OpenImis.Fhir.Bench/bin/Release/net10.0/OpenImis.Fhir.Bench.dll "$@"; }

report "$(bench generate --connection "$cs" --families "$families" --seed "$seed" | tail -n 1)"
if [ "$search_index" = 1 ]; then
  psql "host=127.0.0.1 port=$pg_port user=postgres dbname=openimis_bench" -qc \
    'CREATE INDEX "IX_bench_tblInsuree_lower_LastName" ON "tblInsuree" (lower("LastName") text_pattern_ops)'
  report "search index: lower(\"LastName\") text_pattern_ops"
fi

server_port=$(free_port "$server_port")
# The server, as an operator would start it; Warning logs so that logging does not weigh on the figures.
# dotnet run loads the project's appsettings.json, whose Urls beats ASPNETCORE_URLS: set Urls as well.
setsid env Database__Provider=PostgreSql Database__ConnectionString="$cs" Database__SeedDemoData=false \
  ASPNETCORE_URLS="http://127.0.0.1:$server_port" Urls="http://127.0.0.1:$server_port" Logging__LogLevel__Default=Warning \
  dotnet run -c Release --project src/OpenImis.Fhir.Server --no-launch-profile --no-build \
  >"$TMPDIR/bench-server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$server_port/fhir"
for _ in $(seq 1 300); do
  curl -fs "$base/metadata" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $TMPDIR/bench-server.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/metadata" >/dev/null || { echo "the server did not answer within 300 s" >&2; exit 1; }

run=(--duration "$duration" --warmup "$warmup" --concurrency "$concurrency")
report "$(bench load --base-url "$base" --scenario read --connection "$cs" "${run[@]}")"
report "$(bench load --base-url "$base" --scenario search --connection "$cs" "${run[@]}")"
report "$(bench floor --scenario read --connection "$cs" "${run[@]}")"
report "$(bench floor --scenario search --connection "$cs" "${run[@]}")"

echo
echo "== $(nproc) cores, $families families, concurrency $concurrency, ${duration}s per run"
cat "$results"
