#!/usr/bin/env bash
# Bulk export benchmark (EX-B1 throughput, EX-B2 memory): a throwaway PostgreSQL, synthetic families (about 4
# insurees each), the server in Release with PostgreSQL Hangfire storage, then at each size a system $export timed
# from kick-off to the complete manifest, with the server's RSS sampled each second, next to the bare streaming floor
# (one Npgsql reader -> Firely Patient -> NDJSON, one thread) in the same run. Sizes grow by adding families with a
# new seed, so the 1M run reuses the smaller one's rows.
#
#   bench/export.sh [--sizes 25000,200000] [--pg-port 55540] [--server-port 55590] [--server-env "K=V ..."] [--ready]
#
# --sizes: cumulative family counts; 25k families give about 100k Patients, 200k about 1M rows (Patients + Groups).
# --server-env: extra environment of the server, to compare runtime settings without a rebuild
#   (e.g. "DOTNET_gcServer=0" or "DOTNET_GCgen0size=0x4000000").
# --ready: start the cold export once /health/ready answers 200 (the validator warm-up done), as an orchestrator
#   that routes by readiness does, instead of as soon as /metadata answers.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sizes=25000,200000 pg_port=55540 server_port=55590 server_env="" ready=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --server-port) server_port=$2; shift 2 ;;
    --server-env) server_env=$2; shift 2 ;;
    --ready) ready=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

free_port() {
  local port=$1
  while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}
pg_port=$(free_port "$pg_port")
pgdir=$(mktemp -d /tmp/openimis-fhir-bench-export-pg.XXXXXX)
exports=$(mktemp -d "$TMPDIR/bench-exports.XXXXXX")
results="$TMPDIR/bench-export-results.txt"; : >"$results"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -- -"$server_pid" 2>/dev/null || true   # the server runs in its own process group (setsid)
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() { stop_server; scripts/pg.sh stop "$pgdir" || true; rm -rf "$exports"; }
trap cleanup EXIT
report() { echo "$1"; echo "$1" >>"$results"; }
# The machine may be shared: the load average goes next to each figure.
load() { cut -d' ' -f1-3 /proc/loadavg; }

server_cs=$(scripts/pg.sh start "$pgdir" "$pg_port")
cs="${server_cs/Database=postgres/Database=openimis_bench}"
echo "PostgreSQL: $cs"

dotnet build tools/OpenImis.Fhir.Bench -c Release -warnaserror -v q -nologo
dotnet build src/OpenImis.Fhir.Server -c Release -warnaserror -v q -nologo
bench() { dotnet tools/OpenImis.Fhir.Bench/bin/Release/net10.0/OpenImis.Fhir.Bench.dll "$@"; }

# A fresh server per size: the RSS baseline is a started, idle server, and nothing of the previous run stays cached.
start_server() {
  server_port=$(free_port "$server_port")
  # Started from its output folder, so that it finds its appsettings.json as an installed server does.
  (cd src/OpenImis.Fhir.Server/bin/Release/net10.0 && exec setsid env Database__Provider=PostgreSql Database__ConnectionString="$cs" Database__SeedDemoData=false \
    Jobs__ExportDirectory="$exports" ASPNETCORE_URLS="http://127.0.0.1:$server_port" Urls="http://127.0.0.1:$server_port" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__OpenImis.Fhir.Server.Hosting.ConformanceStartup=Information \
    $server_env dotnet OpenImis.Fhir.Server.dll) >>"$TMPDIR/bench-export-server.log" 2>&1 &
  server_pid=$!
  base="http://127.0.0.1:$server_port/fhir"
  local probe="$base/metadata"
  [ -n "$ready" ] && probe="http://127.0.0.1:$server_port/health/ready"
  for _ in $(seq 1 300); do
    curl -fs "$probe" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $TMPDIR/bench-export-server.log" >&2; exit 1; }
    sleep 1
  done
  echo "the server did not answer within 300 s" >&2; exit 1
}

have=0 seed=1
for size in ${sizes//,/ }; do
  report "$(bench generate --connection "$cs" --families $((size - have)) --seed "$seed" | tail -n 1)"
  have=$size seed=$((seed + 1))
  psql "host=127.0.0.1 port=$pg_port user=postgres dbname=openimis_bench" -qc 'VACUUM ANALYZE'
  report "== $size families"
  report "$(bench export-floor --connection "$cs") [load $(load)]"
  start_server
  report "$(bench export --base-url "$base" --export-dir "$exports" --server-pid "$server_pid" --type Patient) [cold; load $(load)]"
  report "$(bench export --base-url "$base" --export-dir "$exports" --server-pid "$server_pid") [warm; load $(load)]"
  stop_server
done

echo
echo "== $(nproc) cores, sizes $sizes${server_env:+, server env $server_env}${ready:+, cold export after /health/ready}"
cat "$results"
