#!/usr/bin/env bash
# Takes the screenshots of docs/screenshots/ from a `demo` database, in French, under Xvfb, and
# the page images of that demo's yearly report (rapport-page-NN.png).
#   tools/screenshots.sh            (after tools/setup.sh build)
#   tools/screenshots.sh report     only the report's pages (no display needed)
# Needs xvfb, xdotool and imagemagick (installed here when missing), and poppler-utils
# (pdftoppm), which tools/setup.sh installs. The window has no window manager around it: the
# shots show the application window itself.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
binary=${BUILD_DIR:-build}/app/observatoire
out=docs/screenshots
[ -x "$binary" ] || { echo "build first: tools/setup.sh build" >&2; exit 2; }
mkdir -p "$out"

# The report of 2025 of a 2,000-row demo as printed, one image per page: to look at each page as
# a reader would (docs/report.md).
report_pages() {
    local folder
    folder=$(mktemp -d)
    LANG=fr_FR.UTF-8 OBSERVATOIRE_LANG=fr "$binary" --db "$folder/demo.sqlite" demo --rows 2000 >/dev/null
    LANG=fr_FR.UTF-8 OBSERVATOIRE_LANG=fr "$binary" --db "$folder/demo.sqlite" report --year 2025 \
        -o "$folder/rapport-2025.pdf" >/dev/null
    rm -f "$out"/rapport-page-*.png
    pdftoppm -png -r 72 "$folder/rapport-2025.pdf" "$out/rapport-page"
    rm -rf "$folder"
    echo "report pages written to $out/rapport-page-*.png"
}
if [ "${1:-}" = report ]; then
    report_pages
    exit 0
fi

missing=()
for p in xvfb xdotool imagemagick poppler-utils; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d)
display=:97
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data LANG=fr_FR.UTF-8
unset OBSERVATOIRE_LANG
"$binary" --db "$work/demo.sqlite" demo --rows 2000 >/dev/null
"$binary" --db "$work/demo.sqlite" >/dev/null 2>&1 &
app=$!
sleep 3
mkdir -p "$out"
shot() { sleep "${2:-1}"; import -window root -crop 1200x760+0+0 "$out/$1.png"; }
place() { xdotool mousemove 60 "$1" click 1; }   # the places, top left

place 31; xdotool mousemove 500 150 click 1; shot 01-acteurs
place 59; xdotool mousemove 500 150 click 1; shot 02-partenaires
place 87; xdotool mousemove 500 150 click 1; shot 03-partenariats
place 115; xdotool mousemove 500 150 click 1; shot 04-projets
place 87; xdotool mousemove 400 37 click 1; xdotool type --delay 60 "kaya"; shot 05-recherche 2
xdotool key ctrl+a BackSpace; sleep 1
xdotool key ctrl+n; shot 06-editeur-partenariat 2
xdotool key Escape; sleep 1
place 115; sleep 1; xdotool key ctrl+n; shot 07-editeur-projet 2
xdotool key Escape; sleep 1
place 31; sleep 1; xdotool key ctrl+n; shot 08-editeur-acteur 2
xdotool key Escape; sleep 1
place 87; sleep 1; xdotool key ctrl+e; shot 09-export 2
xdotool key Escape; sleep 1
# A survey returned with the adviser's own headers: the Columns tab shows what goes where.
printf 'Type de lien;Collectivit\xc3\xa9;Code INSEE;Pays;Ville jumelle;Date de signature;Remarque\r\n%s\r\n%s\r\n' \
    'Jumelage;Ville de Bourg-en-Bresse;01053;Allemagne;Bad Kreuznach;1966;actif' \
    'Coopération décentralisée;Ville de Chambéry;73065;Burkina Faso;Ouahigouya;1991;' > "$work/enquete.csv"
place 87; sleep 1; xdotool key ctrl+i; sleep 2; xdotool key alt+h; sleep 2
xdotool type --delay 20 "$work/enquete.csv"; xdotool key Return; shot 10-import 2
# Closed with its button: without a window manager the keyboard focus left with the file dialog.
xdotool mousemove 968 656 click 1; sleep 1
# The yearly report: the dashboard, then further down a map.
place 31; sleep 1; xdotool key ctrl+r; shot 11-rapport 4
for _ in $(seq 1 36); do xdotool mousemove 990 400 click 5; done; shot 12-rapport-carte 2
# Further down, the five years' lines, then the budgets by theme: charts drawn as printed.
# (The wheel turned at the right, beside the tables: a long table would scroll itself.)
for _ in $(seq 1 42); do xdotool mousemove 990 400 click 5; done; shot 13-rapport-courbes 2
for _ in $(seq 1 217); do xdotool mousemove 990 400 click 5; done; shot 14-rapport-montants 2
xdotool key Escape
echo "screenshots written to $out"
report_pages
