#!/usr/bin/env bash
# Takes the screenshots of docs/screenshots/ from a `demo` database under Xvfb: in French on a
# 1400x900 screen (the guide's), the same on 1024x700 (docs/screenshots/1024x700/) and in English
# (docs/screenshots/en/); and the page images of that demo's yearly report (rapport-page-NN.png).
#   tools/screenshots.sh            (after tools/setup.sh build)
#   tools/screenshots.sh report     only the report's pages (no display needed)
#   SCREENSHOT_DISPLAY=119 tools/screenshots.sh   on the X display :119 (default :97), so that
#                                   sessions working side by side each take their own
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

# One session of the window on a screen of WIDTHxHEIGHT in LANGUAGE (fr or en), its shots in
# FOLDER; the yearly report's shots only when REPORT is "report". The window opens on the
# screen's size (without a window manager, at most 1200x760); places are changed with Ctrl+1…4.
window_shots() {
    local width=$1 height=$2 language=$3 folder=$4 report=${5:-}
    local work display=":${SCREENSHOT_DISPLAY:-97}" locale=fr_FR.UTF-8
    [ "$language" = en ] && locale=en_GB.UTF-8
    work=$(mktemp -d)
    mkdir -p "$folder"
    Xvfb "$display" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    (
    export DISPLAY=$display HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data LANG=$locale
    export OBSERVATOIRE_LANG=$language
    # An adviser's name, not the account's (« root » on a build machine), in the history and
    # the preferences; and bases named as an adviser names them. The status bar shows a base by
    # its file name, so no folder of this machine shows.
    mkdir -p "$work/config/RESACOOP"
    printf '[History]\nadviserName=Claire Martin\n' > "$work/config/RESACOOP/Observatoire.conf"
    local empty_base="$work/observatoire.sqlite" base="$work/observatoire-auvergne-rhone-alpes.sqlite"
    # The welcome page of an empty observatory.
    "$binary" --db "$empty_base" init >/dev/null
    "$binary" --db "$empty_base" >/dev/null 2>&1 &
    app=$!
    sleep 3
    local size
    size=$(xdotool search --sync --onlyvisible --class observatoire getwindowgeometry | sed -n 's/.*Geometry: //p')
    shot() { sleep "${2:-1}"; import -window root -crop "${size}+0+0" +repage "$folder/$1.png"; }
    # A dialog whole, by its own geometry (it may be taller or wider than the main window),
    # kept within the screen.
    dialog_shot() {
        sleep "${2:-1}"
        local X Y WIDTH HEIGHT WINDOW SCREEN
        eval "$(xdotool getwindowgeometry --shell "$(xdotool search --onlyvisible --class observatoire | tail -1)")"
        X=$(( X < 0 ? 0 : X )); Y=$(( Y < 0 ? 0 : Y ))
        WIDTH=$(( X + WIDTH > width ? width - X : WIDTH )); HEIGHT=$(( Y + HEIGHT > height ? height - Y : HEIGHT ))
        import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$folder/$1.png"
    }
    shot 00-accueil
    kill $app; sleep 1
    "$binary" --db "$base" demo --rows 2000 >/dev/null
    "$binary" --db "$base" >/dev/null 2>&1 &
    app=$!
    sleep 3
    size=$(xdotool search --sync --onlyvisible --class observatoire getwindowgeometry | sed -n 's/.*Geometry: //p')
    # Without a window manager nothing gives the keyboard focus to a window that opens or comes
    # back: each step gives it to the main window or to the dialog just opened.
    local main_window
    main_window=$(xdotool search --onlyvisible --class observatoire | head -1)
    to_main() { sleep 1; xdotool windowfocus "$main_window"; sleep 0.5; }
    to_dialog() {
        sleep "${1:-2}"
        xdotool windowfocus "$(xdotool search --onlyvisible --class observatoire | tail -1)"
        sleep 0.5
    }
    # The Edit menu's trash entry, by its mnemonic in each language.
    local edit_menu=alt+d trash_key=c
    [ "$language" = en ] && edit_menu=alt+e trash_key=t
    # A row in the list (below the filters, which may take two rows in a narrow window).
    local row_y=$(( ${size#*x} * 3 / 10 ))
    select_row() { xdotool mousemove 500 "$row_y" click 1; }
    to_main
    xdotool key ctrl+1; select_row; shot 01-acteurs
    xdotool key ctrl+2; select_row; shot 02-partenaires
    xdotool key ctrl+3; select_row; shot 03-partenariats
    xdotool key ctrl+4; select_row; shot 04-projets
    xdotool key ctrl+3 ctrl+f; xdotool type --delay 60 "kaya"; shot 05-recherche 2
    xdotool key ctrl+a BackSpace; sleep 1
    xdotool key ctrl+n; to_dialog; dialog_shot 06-editeur-partenariat 0
    xdotool key Escape; to_main
    xdotool key ctrl+4; sleep 1; xdotool key ctrl+n; to_dialog; dialog_shot 07-editeur-projet 0
    xdotool key Escape; to_main
    xdotool key ctrl+1; sleep 1; xdotool key ctrl+n; to_dialog
    # A name that designates an official place fills the actor's codes.
    xdotool type --delay 30 "Mairie de Villeurbanne"; xdotool key Tab; dialog_shot 08-editeur-acteur 1
    # The form was changed: Escape asks, the second choice drops the changes.
    xdotool key Escape; to_dialog 1; xdotool key shift+Tab space; to_main
    xdotool key ctrl+3; sleep 1; xdotool key ctrl+e; to_dialog; dialog_shot 09-export 0
    xdotool key Escape; to_main
    xdotool key ctrl+comma; to_dialog; dialog_shot 15-preferences 0
    xdotool key Escape; to_main
    # Two partnerships deleted (confirmed on the Yes button, Cancel being the default), then
    # the trash that holds them.
    for _ in 1 2; do
        xdotool key ctrl+3; select_row; xdotool key Delete; to_dialog 1; xdotool key shift+Tab space; to_main
    done
    xdotool key "$edit_menu"; sleep 1; xdotool key "$trash_key"; to_dialog; dialog_shot 16-corbeille 0
    xdotool key Escape; to_main
    # A survey returned with the adviser's own headers: the Columns tab shows what goes where.
    printf 'Type de lien;Collectivit\xc3\xa9;Code INSEE;Pays;Ville jumelle;Date de signature;Remarque\r\n%s\r\n%s\r\n' \
        'Jumelage;Ville de Bourg-en-Bresse;01053;Allemagne;Bad Kreuznach;1966;actif' \
        'Coopération décentralisée;Ville de Chambéry;73065;Burkina Faso;Ouahigouya;1991;' > "$work/enquete.csv"
    xdotool key ctrl+3; sleep 1; xdotool key ctrl+i; to_dialog; xdotool key alt+h; to_dialog
    xdotool type --delay 20 "$work/enquete.csv"; xdotool key Return; to_dialog; dialog_shot 10-import 0
    xdotool key Escape; to_main
    if [ "$report" = report ]; then
        # The yearly report: the dashboard, then further down a map.
        xdotool key ctrl+1; sleep 1; xdotool key ctrl+r; to_dialog 4; dialog_shot 11-rapport 0
        for _ in $(seq 1 38); do xdotool mousemove 990 400 click 5; done; dialog_shot 12-rapport-carte 2
        # Further down, the five years' lines, then the budgets by theme: charts drawn as printed.
        # (The wheel turned at the right, beside the tables: a long table would scroll itself.)
        for _ in $(seq 1 42); do xdotool mousemove 990 400 click 5; done; dialog_shot 13-rapport-courbes 2
        for _ in $(seq 1 217); do xdotool mousemove 990 400 click 5; done; dialog_shot 14-rapport-montants 2
        xdotool key Escape
    fi
    kill $app 2>/dev/null || true
    )
    kill $xvfb 2>/dev/null || true
    rm -rf "$work"
    echo "screenshots written to $folder"
}

trap 'kill ${xvfb:-} 2>/dev/null || true' EXIT
# The guide's shots (1400x900, French); the same at 1024x700; one set in English.
window_shots 1400 900 fr "$out" report
window_shots 1024 700 fr "$out/1024x700"
window_shots 1400 900 en "$out/en"
report_pages
