#!/usr/bin/env bash
# Builds the R4 edition of HL7's Subscriptions R5 Backport IG 1.1.0 from its FSH source (hl7-v1.1.0/, copied by
# extract.sh): R4 selection -> SUSHI (FHIR 4.0.1) -> snapshots (Firely SDK) -> profiles/backport/ (committed).
# Offline and idempotent; reuses what ig/build.sh sets up (the IG tool, the core package, SUSHI in ig/node_modules).
# Usage: ig/backport/build.sh   (from anywhere; needs dotnet and node/npm)
#        IG_TOOLS_READY=1 skips the set-up steps when ig/build.sh has just run them.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
export TMPDIR="$repo/.tmp"
mkdir -p "$TMPDIR"
fhir_home="$repo/.tmp/fhir-home"
igbuild_dll="$repo/tools/OpenImis.Fhir.IgBuild/bin/Release/net10.0/OpenImis.Fhir.IgBuild.dll"
backport=ig/backport

start=$SECONDS
last=$SECONDS
step() { printf '== backport: %s (previous step %ss)\n' "$1" "$((SECONDS - last))"; last=$SECONDS; }

igbuild() { dotnet "$igbuild_dll" "$@"; }
# .ci/check-profiles runs ig/build.sh just before, which leaves the tool, the core package and SUSHI ready.
if [[ "${IG_TOOLS_READY:-}" != 1 ]]; then
  step "build tools/OpenImis.Fhir.IgBuild"
  dotnet build tools/OpenImis.Fhir.IgBuild -c Release --nologo -v quiet > "$TMPDIR/igbuild-compile.log" 2>&1 || {
    cat "$TMPDIR/igbuild-compile.log"; echo "building the IG tool failed" >&2; exit 1; }

  step "core package hl7.fhir.r4.core#4.0.1 (cached after the first run)"
  igbuild core-package "$fhir_home/.fhir/packages"

  step "npm ci in ig/ (fsh-sushi pinned in ig/package-lock.json)"
  if ! cmp -s ig/package-lock.json ig/node_modules/.igbuild-lock-stamp 2>/dev/null; then
    (cd ig && npm ci --no-audit --no-fund --loglevel=error)
    cp ig/package-lock.json ig/node_modules/.igbuild-lock-stamp
  fi
fi

step "R4 selection of HL7's FSH -> $backport/input/fsh"
# HL7 builds 1.1.0 for FHIR 4.3.0 and leaves R4B-only artefacts out of the R4 edition (r4-exclusion in
# hl7-v1.1.0/sushi-config.yaml). In R4 they do not even compile (SubscriptionStatus and SubscriptionTopic are R4B
# types), so they are left out of the FSH here: the R4B notification file (its profile, rule sets and examples), and
# the R4B server CapabilityStatement. Every other file is HL7's, unchanged.
rm -rf "$backport/input" "$backport/fsh-generated"
mkdir -p "$backport/input/fsh"
for file in "$backport"/hl7-v1.1.0/input/fsh/*.fsh; do
  name="$(basename "$file")"
  case "$name" in
    BackportNotificationR4B.fsh) ;;
    Capabilities.fsh)
      # Drops the block of `Instance: CapabilitySubscriptionServer` up to the next FSH item.
      awk '/^(Alias|Profile|Extension|Instance|Invariant|ValueSet|CodeSystem|RuleSet|Logical|Resource|Mapping):/ {
             skip = ($0 ~ /^Instance:[ \t]+CapabilitySubscriptionServer[ \t]*$/) }
           !skip' "$file" > "$backport/input/fsh/$name"
      grep -q 'CapabilitySubscriptionServerR4' "$backport/input/fsh/$name" || { echo "R4 CapabilityStatement lost" >&2; exit 1; }
      ! grep -q '^Instance: *CapabilitySubscriptionServer *$' "$backport/input/fsh/$name" || { echo "R4B CapabilityStatement kept" >&2; exit 1; } ;;
    *) cp "$file" "$backport/input/fsh/$name" ;;
  esac
done

step "SUSHI (FHIR 4.0.1)"
sushi="$repo/ig/node_modules/.bin/sushi"
(cd "$backport" && HOME="$fhir_home" "$sushi" build . > "$TMPDIR/sushi-backport.log" 2>&1) || {
  cat "$TMPDIR/sushi-backport.log"; echo "SUSHI failed on the backport IG" >&2; exit 1; }
# The only warnings allowed: dependencies SUSHI cannot download offline, and FSHOnly ignoring settings.
grep -E '^(warn|error)' "$TMPDIR/sushi-backport.log" \
  | grep -v -e 'Failed to load automatically-provided' -e 'The FSHOnly property is set to true' && {
  cat "$TMPDIR/sushi-backport.log"; echo "SUSHI reported problems on the backport IG" >&2; exit 1; } || true
grep -E '^\|.*Errors' "$TMPDIR/sushi-backport.log" || true

step "snapshots -> profiles/backport/"
igbuild backport-snapshots

step "done"
echo "backport IG built in $((SECONDS - start)) s"
