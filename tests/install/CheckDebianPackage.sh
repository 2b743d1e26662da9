#!/usr/bin/env bash
# Builds the .deb from the build folder and checks it as a fresh machine would meet it: what it
# holds, that its desktop entry and AppStream metadata validate, that the program unpacked from
# it runs (--version, init, in French), and that every library and plugin that program loads
# comes from a package its Depends pull in.
#
#   CheckDebianPackage.sh SOURCE_DIR BUILD_DIR APP_ID
set -euo pipefail
source_dir=$1
build_dir=$2
app_id=$3
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
    { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(find "$scratch/out" -maxdepth 1 -name 'observatoire_*.deb' | head -n1)"
[ -n "$deb" ] || fail "cpack wrote no observatoire_*.deb"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$scratch/contents.txt"
expected=(
    /usr/bin/observatoire
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/observatoire/translations/observatoire_fr.qm
    /usr/share/observatoire/translations/observatoire_en.qm
    /usr/share/doc/observatoire/copyright
    /usr/share/doc/observatoire/data-sources-refdata.md
    /usr/share/doc/observatoire/data-sources-maps.md
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$scratch/contents.txt" || fail "the package does not hold $path"
done
echo "contents: ${#expected[@]} expected files present, $(grep -vc '/$' "$scratch/contents.txt") files in all"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libsqlite3-0 fonts-dejavu-core; do
    [[ ", $depends," == *", $needed "* || ", $depends," == *", $needed,"* ]] ||
        fail "Depends does not name $needed"
done

root="$scratch/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
# The icon sizes are the sizes their names say.
for size in 16 48 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "$size x $size" ||
        fail "the ${size}x${size} icon is not ${size} pixels wide"
done

program="$root/usr/bin/observatoire"
version="$("$program" --version)" || fail "observatoire --version"
[[ "$version" == *"$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$source_dir/CMakeLists.txt")"* ]] ||
    fail "--version printed '$version'"
echo "--version: $version"
# init loads the SQLite driver plugin; LD_DEBUG records every library and plugin it loads.
init="$(env LD_DEBUG=files LD_DEBUG_OUTPUT="$scratch/ld" OBSERVATOIRE_LANG=fr \
    "$program" --db "$scratch/unpacked.sqlite" init)" || fail "observatoire init"
[[ "$init" == *"schéma version"* ]] || fail "init printed '$init' (translations not found beside the program?)"
echo "init: $init"

declared="$(echo "$depends" | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' | grep -v '^$' | tr '\n' ' ')"
grep -ho 'calling init: .*' "$scratch"/ld.* | sed 's/^calling init: //' | sort -u > "$scratch/loaded.txt"
"$source_dir/tools/check-packages.sh" --declared "$declared" --label "files loaded by the unpacked program" \
    < "$scratch/loaded.txt" || fail "the package's Depends do not pull in what the program loads"
echo "debian package: 1 passed, 0 failed"
