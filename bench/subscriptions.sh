#!/usr/bin/env bash
# Subscription delivery benchmarks (SB-12 for FHIR writes and for SQL changes, SB-13, SB-10; SB-07 at full length on
# demand): the real server in-process over a throwaway PostgreSQL, WireMock subscribers on loopback. They are xunit classes with the trait Category=Bench
# (tests/OpenImis.Fhir.IntegrationTests/Subscriptions/{Delivery/,}*Bench.cs), left out of ./test.sh; this runs them and
# prints their figures.
#
#   bench/subscriptions.sh [--outage [SECONDS]] [--pg-port 55560]
#
# --outage: also run SB-07 at full length (the subscriber answers 503 for SECONDS, 600 by default, while 1,000 events
# occur, with the production backoff capped at 60 s), about SECONDS + 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

outage="" pg_port=55560
while [ $# -gt 0 ]; do
  case "$1" in
    --outage) outage=600; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then outage=$2; shift; fi; shift ;;
    --pg-port) pg_port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

while ss -Hltn "sport = :$pg_port" | grep -q .; do pg_port=$((pg_port + 1)); done
pgdir=$(mktemp -d /tmp/openimis-fhir-bench-subscriptions-pg.XXXXXX)
trap 'scripts/pg.sh stop "$pgdir" || true' EXIT
export OPENIMIS_TEST_PG=$(scripts/pg.sh start "$pgdir" "$pg_port")
echo "PostgreSQL: $OPENIMIS_TEST_PG"

dotnet build tests/OpenImis.Fhir.IntegrationTests -c Release -warnaserror -v q -nologo
filter="FullyQualifiedName~SubscriptionDeliveryBench|FullyQualifiedName~LegacySqlLatencyBench|FullyQualifiedName~ChangeDetectorLatencyBench"
if [ -n "$outage" ]; then
  filter="$filter|FullyQualifiedName~SubscriptionOutageBench"
  export SB07_OUTAGE_SECONDS=$outage
fi

log="$TMPDIR/bench-subscriptions.log"
status=0
dotnet test tests/OpenImis.Fhir.IntegrationTests -c Release --no-build --filter "$filter" --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
# The figures are the lines the benchmarks print; the full log (server logs included) stays in $log.
grep -E '^\s*(SB-[0-9]+|from the|Passed|Failed) ' "$log" | sed -E 's/^\s+//' | grep -vE '^(Passed|Failed)!' || true
grep -E '^(Total tests|\s+Passed:|\s+Failed:)' "$log" || true
exit $status
