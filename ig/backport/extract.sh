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
cat > "$target/NOTICE.md" <<NOTICE
# HL7 FHIR Subscriptions R5 Backport IG $tag: FSH source

The files under this folder are HL7's, unchanged: \`sushi-config.yaml\` and \`input/fsh/*.fsh\` of the tag $tag
(commit $commit) of https://github.com/HL7/fhir-subscription-backport-ig, the source of the published
\`hl7.fhir.uv.subscriptions-backport\` 1.1.0 (http://hl7.org/fhir/uv/subscriptions-backport/STU1.1).

License: CC0-1.0 (Creative Commons Zero 1.0 Universal, public domain dedication), as declared by HL7 in
\`sushi-config.yaml\` (\`license: CC0-1.0\`). FHIR® is the registered trademark of HL7 and is used with the
permission of HL7.

Copied by \`ig/backport/extract.sh\`; built for R4 by \`ig/backport/build.sh\` (see ig/README.md, "The backport
package"). Do not edit: change nothing here but by extracting another tag.
NOTICE
echo "copied $(ls "$target/input/fsh" | wc -l) FSH files of $tag ($commit) to $target"
