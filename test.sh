#!/usr/bin/env bash
# Builds everything (warnings are errors) and runs every test over a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
export TMPDIR="$root/.tmp"; mkdir -p "$TMPDIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pgdir=$(mktemp -d /tmp/openimis-fhir-pg.XXXXXX)
port=${OPENIMIS_TEST_PG_PORT:-$((55500 + RANDOM % 400))}
trap 'scripts/pg.sh stop "$pgdir" || true' EXIT
export OPENIMIS_TEST_PG=$(scripts/pg.sh start "$pgdir" "$port")
echo "PostgreSQL for the tests: $OPENIMIS_TEST_PG"

dotnet build OpenImis.Fhir.sln -c Release -warnaserror
results="$TMPDIR/test-results"; rm -rf "$results"
status=0
# Benchmarks (trait Category=Bench) print figures and take minutes: bench/*.sh runs them.
for project in tests/OpenImis.Fhir.Tests tests/OpenImis.Fhir.IntegrationTests; do
  dotnet test "$project" -c Release --no-build --filter "Category!=Bench" --logger "trx" --results-directory "$results" || status=1
done

# One plain summary line over both test projects.
python3 - "$results" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is not None:
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)); s += int(c.get("total", 0)) - int(c.get("executed", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
exit $status
