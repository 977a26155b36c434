#!/usr/bin/env bash
# Builds the openIMIS FHIR R4 IG from ig/input/fsh: FSH -> JSON (SUSHI) -> snapshots (Firely SDK)
# -> profiles/ (committed) -> ig/output/package.tgz and ig/output/site/ -> package check. Offline and idempotent.
# Usage: ig/build.sh            (from anywhere; needs dotnet and node/npm)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# Firely's ZipSource unpacks the spec into $TMPDIR; keep it inside the git-ignored .tmp/.
export TMPDIR="$repo/.tmp"
mkdir -p "$TMPDIR"
# SUSHI finds FHIR packages under $HOME/.fhir; a build-owned home keeps the user's cache untouched.
fhir_home="$repo/.tmp/fhir-home"
igbuild_dll="$repo/tools/OpenImis.Fhir.IgBuild/bin/Release/net10.0/OpenImis.Fhir.IgBuild.dll"

start=$SECONDS
last=$SECONDS
# Each step prints the time the previous one took, so slow steps are easy to spot.
step() { printf '== %s (previous step %ss)\n' "$1" "$((SECONDS - last))"; last=$SECONDS; }

step "build tools/OpenImis.Fhir.IgBuild"
dotnet build tools/OpenImis.Fhir.IgBuild -c Release --nologo -v quiet > "$TMPDIR/igbuild-compile.log" 2>&1 || {
  cat "$TMPDIR/igbuild-compile.log"; echo "building the IG tool failed" >&2; exit 1; }
igbuild() { dotnet "$igbuild_dll" "$@"; }

step "core package hl7.fhir.r4.core#4.0.1 (cached after the first run)"
igbuild core-package "$fhir_home/.fhir/packages"

step "npm ci (fsh-sushi pinned in ig/package-lock.json)"
# Skip the install when node_modules was installed from this very lock file (a stamp records it).
if ! cmp -s ig/package-lock.json ig/node_modules/.igbuild-lock-stamp 2>/dev/null; then
  (cd ig && npm ci --no-audit --no-fund --loglevel=error)
  cp ig/package-lock.json ig/node_modules/.igbuild-lock-stamp
fi

step "SUSHI"
rm -rf ig/fsh-generated
(cd ig && HOME="$fhir_home" npx --no-install sushi build . > "$TMPDIR/sushi.log" 2>&1) || {
  cat "$TMPDIR/sushi.log"; echo "SUSHI failed" >&2; exit 1; }
# SUSHI exits 0 on warnings; a clean guide has none except two kinds that are expected: the three
# automatic dependencies that cannot be downloaded offline (the guide needs FHIR core only), and the
# note that FSHOnly ignores `id` (kept in the config because it names the package).
grep -E '^(warn|error)' "$TMPDIR/sushi.log" \
  | grep -v -e 'Failed to load automatically-provided' -e 'The FSHOnly property is set to true' && {
  cat "$TMPDIR/sushi.log"; echo "SUSHI reported problems" >&2; exit 1; } || true
grep -E '^\|.*Errors' "$TMPDIR/sushi.log" || true

step "snapshots -> profiles/, pack -> ig/output/package.tgz, site -> ig/output/site/"
igbuild snapshots pack site

step "package loaded by fhir-package-loader, offline; every canonical resolves"
# An independent reader of the package (the loader SUSHI uses), so that a package only our own code can read fails.
node ig/check-package.js ig/output/package.tgz "$fhir_home/.fhir/packages" "$TMPDIR/fpl-check"

step "done"
echo "IG built in $((SECONDS - start)) s"
