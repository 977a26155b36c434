#!/usr/bin/env bash
# One-time step: copies the FHIR Shorthand source of the Subscriptions R5 Backport IG 1.1.0 (HL7, CC0-1.0) from a
# clone of github.com/HL7/fhir-subscription-backport-ig into ig/backport/hl7-v1.1.0/, byte for byte, and checks that
# the tag is the commit this repository was built from. ig/backport/build.sh builds from that copy, so a clean clone
# of this repository needs neither the network nor the clone.
# Usage: ig/backport/extract.sh GIT_DIR   (a clone, bare or not, that has the tag v1.1.0)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_git="${1:?usage: ig/backport/extract.sh GIT_DIR (a clone of HL7/fhir-subscription-backport-ig)}"
tag=v1.1.0
commit=1037e74baec348cf6cb72acc7ff5675d48d55bc0

actual="$(git -C "$source_git" rev-parse "$tag^{commit}")"
if [[ "$actual" != "$commit" ]]; then
  echo "$tag is $actual in $source_git, expected $commit" >&2
  exit 1
fi

target="$here/hl7-v1.1.0"
rm -rf "$target"
mkdir -p "$target/input/fsh"
git -C "$source_git" show "$commit:sushi-config.yaml" > "$target/sushi-config.yaml"
for file in $(git -C "$source_git" ls-tree --name-only "$commit" input/fsh/ | grep '\.fsh$'); do
  git -C "$source_git" show "$commit:$file" > "$target/$file"
done
echo "copied $(ls "$target/input/fsh" | wc -l) FSH files of $tag ($commit) to $target"
