#!/usr/bin/env bash
# Regenerates resources/refdata from the npm packages (needs npm and the registry; the build
# does not). Pin the versions here; raise REFDATA_VERSION whenever the output changes, so that
# existing databases take the new data on their next opening.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
ETALAB_VERSION=6.0.0
ISO_COUNTRIES_VERSION=7.14.0
REFDATA_VERSION=2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$ETALAB_VERSION" \
    "i18n-iso-countries@$ISO_COUNTRIES_VERSION" >/dev/null)
mkdir -p "$work/etalab" "$work/iso"
tar xzf "$work"/etalab-decoupage-administratif-*.tgz -C "$work/etalab"
tar xzf "$work"/i18n-iso-countries-*.tgz -C "$work/iso"
python3 tools/refdata/generate.py "$work/etalab/package" "$work/iso/package" resources/refdata "$REFDATA_VERSION"
