#!/usr/bin/env bash
# Every C++ file of the program and its tests is laid out as .clang-format says: the layout is
# checked, not only asked for (CONTRIBUTING.md), so that a file left off fails here instead of
# waiting for someone to notice it.
#   tests/source/CheckFormat.sh SOURCE_DIR
# Prints each file that clang-format would change and exits 1 if there is any.
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format is missing: tools/setup.sh installs it" >&2; exit 2; }
mapfile -d '' files < <(find app core ui tests packaging \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
# One clang-format for all the files; --dry-run names each place it would change.
report=$(clang-format --dry-run "${files[@]}" 2>&1) || { echo "$report" >&2; exit 2; }
off=$(printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if [ -n "$off" ]; then
    printf 'not formatted (run clang-format -i on it): %s\n' $off
    echo "$(printf '%s\n' "$off" | wc -l) of ${#files[@]} files are not laid out as .clang-format says" >&2
    exit 1
fi
echo "the ${#files[@]} C++ files follow .clang-format"
