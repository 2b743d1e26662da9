#!/usr/bin/env bash
# CTest's last test: every file that configuring, building and testing Observatoire used comes
# from a package that tools/setup.sh installs (or one that package needs). A machine with extra
# packages cannot hide a missing one: the packages are found from the files, not from what is
# installed.
#
#   CheckSetupPackages.sh SOURCE_DIR BUILD_DIR LOADED_FILES_DIR
#
# The files come from four places:
#   - configure: every CMake file a fresh configure reads (cmake --trace: Qt's modules and each
#     one's find_dependency chain, Catch2, pkg-config, CMake's own modules);
#   - compile: every header of the build's dependency files (*.o.d);
#   - link: every library of the link lines;
#   - run: every program and library each test process loaded (LD_DEBUG=files, set by CTest for
#     every test, the programs they start included) and every file still mapped at the end of a
#     test program (fonts, plugins, translations).
set -euo pipefail
source_dir=$1
build_dir=$2
loaded_dir=$3
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

if ! ls "$loaded_dir"/ld.* >/dev/null 2>&1 || ! ls "$loaded_dir"/maps.* >/dev/null 2>&1; then
    echo "no record of what the tests loaded in $loaded_dir: run the whole suite (ctest), not this test alone" >&2
    exit 1
fi

cmake -S "$source_dir" -B "$scratch/configure" -DOBSERVATOIRE_BUILD_TESTS=ON \
    --trace-format=json-v1 --trace-redirect="$scratch/trace.json" >/dev/null
grep -o '"file":"[^"]*"' "$scratch/trace.json" | sed 's/^"file":"//; s/"$//' | sort -u > "$scratch/configure.txt"

find "$build_dir" -name '*.o.d' -print0 | xargs -0 cat | tr ' \\' '\n\n' | grep '^/' | sed 's/:$//' |
    sort -u > "$scratch/compile.txt"

find "$build_dir" -name link.txt -print0 | xargs -0 cat | tr ' ' '\n' > "$scratch/link-words.txt"
{
    grep '^/' "$scratch/link-words.txt" || true
    for lib in $(grep '^-l' "$scratch/link-words.txt" | sed 's/^-l//' | sort -u); do
        for dir in /usr/lib/x86_64-linux-gnu /usr/lib /lib/x86_64-linux-gnu; do
            [ -e "$dir/lib$lib.so" ] && { echo "$dir/lib$lib.so"; break; }
        done
    done
    head -n1 "$scratch/link-words.txt"
} | sort -u > "$scratch/link.txt"

cat "$loaded_dir"/ld.* | grep -o 'calling init: .*\|needed by [^ ]*\|dynamically loaded by [^ ]*' |
    sed 's/^calling init: //; s/^needed by //; s/^dynamically loaded by //' | sort -u > "$scratch/run.txt"
cat "$loaded_dir"/maps.* | sed 's/ (deleted)$//' | sort -u >> "$scratch/run.txt"

status=0
for part in configure compile link run; do
    echo "== $part: $(wc -l < "$scratch/$part.txt") files"
    "$source_dir/tools/check-packages.sh" --label "files used to $part" < "$scratch/$part.txt" || status=1
done
# The programs the build runs by name (the compiler through /usr/bin/c++, moc, rcc, lrelease).
{
    command -v c++ g++ make pkg-config
    for tool in moc rcc uic lrelease; do
        for dir in /usr/lib/qt6/libexec /usr/lib/qt6/bin; do
            [ -x "$dir/$tool" ] && echo "$dir/$tool"
        done
    done
} > "$scratch/tools.txt"
echo "== build tools: $(wc -l < "$scratch/tools.txt") files"
"$source_dir/tools/check-packages.sh" --label "build tools" < "$scratch/tools.txt" || status=1
exit $status
