#!/usr/bin/env bash
# Audit trail overhead (issue 12: "Writing audit events must not slow reads by more than 10 %"): reads/s of
# Patient/{id} with auth and audit on vs auth on and audit off, two in-process servers over one demo database on a
# throwaway PostgreSQL. The benchmark is the xunit class AuditOverheadBench (trait Category=Bench, left out of
# ./test.sh); this runs it and prints its figures.
#
#   bench/audit.sh [--seconds 15] [--rounds 3] [--pg-port 56320]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

seconds=15 rounds=3 pg_port=56320
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

while ss -Hltn "sport = :$pg_port" | grep -q .; do pg_port=$((pg_port + 1)); done
pgdir=$(mktemp -d /tmp/openimis-fhir-bench-audit-pg.XXXXXX)
trap 'scripts/pg.sh stop "$pgdir" || true' EXIT
export OPENIMIS_TEST_PG=$(scripts/pg.sh start "$pgdir" "$pg_port")
echo "PostgreSQL: $OPENIMIS_TEST_PG"

dotnet build tests/OpenImis.Fhir.IntegrationTests -c Release -warnaserror -v q -nologo
export AUDIT_BENCH_SECONDS=$seconds AUDIT_BENCH_ROUNDS=$rounds
log="$TMPDIR/bench-audit.log"
status=0
dotnet test tests/OpenImis.Fhir.IntegrationTests -c Release --no-build --filter "FullyQualifiedName~AuditOverheadBench" --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
grep -E '^\s*AUDIT ' "$log" | sed -E 's/^\s+//' || true
grep -E '^(Total tests|\s+Passed:|\s+Failed:)' "$log" || true
exit $status
