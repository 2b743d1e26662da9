#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate), without line numbers so that diffs stay
# small. English is the source language: its file repeats each source text as its translation.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -source-language en -target-language fr \
    core ui app -ts translations/observatoire_fr.ts
"$lupdate" -no-obsolete -locations none -source-language en -target-language en \
    core ui app -ts translations/observatoire_en.ts
python3 tools/translations/fill_english.py translations/observatoire_en.ts
python3 tools/translations/report.py translations/observatoire_fr.ts translations/observatoire_en.ts
