#!/usr/bin/env bash
# Kills the program with SIGKILL at random moments of the commands that write, and checks that
# nothing is lost or half-written: each command's work is wholly there or wholly absent.
#
#   tests/crash/KillTest.sh PROGRAM RUNS [ROWS]
#
# PROGRAM is the built observatoire; each of RUNS rounds kills, at a random moment drawn from its
# own unkilled duration (measured first; odd rounds anywhere in it, even rounds in its last fifth
# or up to a fifth past its end, so that kills also meet the commit and finished work):
#   import   a ROWS-row partnership file (default 100,000) into a 2,000-row demo database: the
#            database passes PRAGMA integrity_check and `check`; the import's batch is there with
#            all its rows, or absent and the database's partnerships exported exactly as before;
#            every earlier partnership is unchanged either way;
#   demo     filling a new database: it is absent, empty or whole, never half, and sound;
#   export   over an earlier file: it is the earlier file or the whole export, never a part
#            (a kill may leave the export's temporary file beside it, under another name);
#   backup   over an earlier copy: the earlier copy or a whole, sound one;
#   upgrade  of a database at schema 6: at version 6 as it was, or upgraded whole.
# Prints what each kill met, and per command how many kills found the work whole; exit 1 at the
# first loss, with the run's files kept in a folder.
set -euo pipefail

if [ $# -lt 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
    echo "usage: tests/crash/KillTest.sh PROGRAM RUNS [ROWS]" >&2
    exit 2
fi
program=$(readlink -f "$1")
runs=$2
rows=${3:-100000}
work=$(mktemp -d)
export OBSERVATOIRE_LANG=en XDG_CONFIG_HOME="$work/config"
keep=false
trap '$keep || rm -rf "$work"' EXIT
fail() {
    keep=true
    echo "FAILED: $*  (files kept in $work)" >&2
    exit 1
}
obs() { "$program" "$@"; }
sql() { sqlite3 -batch -noheader "$1" "$2"; }
sound() { # DB: integrity_check and the program's own check both clean
    [ "$(sql "$1" 'PRAGMA integrity_check')" = ok ] || fail "$1: integrity_check: $(sql "$1" 'PRAGMA integrity_check' | head -3)"
    obs --db "$1" check >"$work/check.log" 2>&1 || fail "$1: check: $(head -5 "$work/check.log")"
}
# Seconds (with milliseconds) that COMMAND... takes unkilled. Its output goes to
# $work/unkilled.log, for the message when its work is not there.
duration() {
    local start end
    start=$(date +%s%N)
    "$@" >"$work/unkilled.log" 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
# Starts PROGRAM ARGS... (the program itself, not a shell function: the kill must reach it) and
# kills it with SIGKILL after a random delay drawn from its unkilled MILLISECONDS: on an odd ROUND
# anywhere from 0 to 100 % of it, on an even one from 80 to 120 %. A draw within the duration
# alone almost never met the work committed (100 rounds: no import whole, 2 exports of 100), since
# the commit comes last and the machine is slower while the checks run; the late half meets the
# commit itself, the moments after it, and work already finished. Prints "killed" or "finished"
# (it ended before the kill).
kill_within() {
    local limit=$1 round=$2
    shift 2
    local from=0 span=$limit
    if ((round % 2 == 0)); then
        from=$((limit * 80 / 100))
        span=$((limit * 40 / 100))
    fi
    local delay=$((RANDOM * 32768 + RANDOM))
    delay=$((from + delay % (span + 1)))
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -KILL "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        echo "killed after ${delay} ms"
    else
        wait "$pid" 2>/dev/null || true
        echo "finished before ${delay} ms"
    fi
}

# The data: a 2,000-row demo, its partnerships exported, a ROWS-row list of new twinnings.
base="$work/base.sqlite"
obs --db "$base" demo --rows 2000 >/dev/null
obs --db "$base" export partnerships --format csv -o "$work/before.csv" >/dev/null
base_partnerships=$(sql "$base" 'SELECT count(*) FROM partnership')
list="$work/list.csv"
awk -v n="$rows" 'BEGIN {
    print "Nature;Acteur;Département;Partenaire;Pays;Date de signature"
    for (i = 1; i <= n; i++)
        printf "Jumelage;Commune test %d;%02d;Partnerstadt %d;Allemagne;%d\n", i % 5000, 1 + i % 9, i, 1960 + i % 60
}' >"$list"
big="$work/big.sqlite"
obs --db "$big" demo --rows 20000 >/dev/null

import_ms=$(cp "$base" "$work/m.sqlite" && duration obs --db "$work/m.sqlite" import partnerships "$list")
[ "$(sql "$work/m.sqlite" 'SELECT count(*) FROM partnership')" -eq $((base_partnerships + rows)) ] ||
    fail "the unkilled import did not write its $rows rows; it said: $(tail -n 3 "$work/unkilled.log")"
demo_ms=$(duration obs --db "$work/demo-m.sqlite" demo --rows 20000)
obs --db "$big" export partnerships --format csv -o "$work/full-export.csv" >/dev/null
export_ms=$(duration obs --db "$big" export partnerships --format csv -o "$work/m.csv")
backup_ms=$(duration obs --db "$big" backup -o "$work/m-copy.sqlite")
echo "unkilled: import ${import_ms} ms, demo ${demo_ms} ms, export ${export_ms} ms, backup ${backup_ms} ms"

# A database at schema 6, as BackupTest makes it: no trash, no records' versions.
older="$work/older.sqlite"
cp "$base" "$older"
sqlite3 -batch "$older" <"$(dirname "$(readlink -f "$0")")/../data/schema-6.sql"
current_version=$(sql "$work/m.sqlite" 'PRAGMA user_version')
upgrade_ms=$(cp "$older" "$work/u.sqlite" && duration obs --db "$work/u.sqlite" check)

declare -A met=()
# Counts what a kill met: COMMAND, OUTCOME (kill_within's line), STATE (whole or not).
tally() {
    local state=$3
    case "$2" in
    killed*) met[$1-killed]=$((${met[$1-killed]:-0} + 1)) ;;
    *) met[$1-finished]=$((${met[$1-finished]:-0} + 1)) ;;
    esac
    if [ "$state" = whole ]; then
        met[$1-whole]=$((${met[$1-whole]:-0} + 1))
        case "$2" in killed*) met[$1-killed-whole]=$((${met[$1-killed-whole]:-0} + 1)) ;; esac
    fi
}
for ((run = 1; run <= runs; run++)); do
    # import
    db="$work/run.sqlite"
    rm -rf "$db" "$db"-* "$db".sauvegardes
    cp "$base" "$db"
    outcome=$(kill_within "$import_ms" "$run" "$program" --db "$db" import partnerships "$list")
    sound "$db"
    count=$(sql "$db" 'SELECT count(*) FROM partnership')
    batches=$(sql "$db" "SELECT count(*) FROM import_batch WHERE file_name LIKE '%list.csv'")
    obs --db "$db" export partnerships --format csv -o "$work/after.csv" >/dev/null
    if [ "$batches" -eq 0 ]; then
        [ "$count" -eq "$base_partnerships" ] || fail "import run $run: no batch but $count partnerships"
        cmp -s "$work/before.csv" "$work/after.csv" || fail "import run $run: the records changed without a batch"
        tally import "$outcome" absent
    else
        [ "$count" -eq $((base_partnerships + rows)) ] || fail "import run $run: a batch with $count partnerships"
        tail -n +2 "$work/before.csv" | sort >"$work/before.sorted"
        sort "$work/after.csv" | comm -23 "$work/before.sorted" - >"$work/lost.csv"
        [ ! -s "$work/lost.csv" ] || fail "import run $run: earlier records changed ($(wc -l <"$work/lost.csv"))"
        tally import "$outcome" whole
    fi
    echo "import $run: $outcome, batch $batches, $count partnerships"

    # demo
    db="$work/demo.sqlite"
    rm -rf "$db" "$db"-*
    outcome=$(kill_within "$demo_ms" "$run" "$program" --db "$db" demo --rows 20000)
    # Reading it first replays a hot journal: a schema whose creation was killed is rolled back,
    # which leaves an empty file (the program's `check` rightly refuses an empty file as no
    # observatory; found by round 28 of a 100-round run).
    if [ -e "$db" ] && [ "$(sql "$db" 'SELECT count(*) FROM sqlite_master')" -gt 0 ]; then
        sound "$db"
        count=$(sql "$db" 'SELECT count(*) FROM partnership')
        [ "$count" -eq 0 ] || [ "$count" -eq "$(sql "$big" 'SELECT count(*) FROM partnership')" ] ||
            fail "demo run $run: $count partnerships, neither none nor all"
    else
        count=none
    fi
    if [ "$count" = none ] || [ "$count" -eq 0 ]; then tally demo "$outcome" absent; else tally demo "$outcome" whole; fi
    echo "demo $run: $outcome, $count partnerships"

    # export over an earlier file
    out="$work/export.csv"
    echo "an earlier file" >"$out"
    outcome=$(kill_within "$export_ms" "$run" "$program" --db "$big" export partnerships --format csv -o "$out")
    if [ "$(cat "$out")" = "an earlier file" ]; then
        state=earlier
    else
        cmp -s "$out" "$work/full-export.csv" || fail "export run $run: the file is neither the earlier one nor whole"
        state=whole
    fi
    tally export "$outcome" "$state"
    echo "export $run: $outcome, $state"

    # backup over an earlier copy
    copy="$work/copy.sqlite"
    cp "$base" "$copy"
    outcome=$(kill_within "$backup_ms" "$run" "$program" --db "$big" backup -o "$copy")
    sound "$copy"
    count=$(sql "$copy" 'SELECT count(*) FROM partnership')
    [ "$count" -eq "$base_partnerships" ] || [ "$count" -eq "$(sql "$big" 'SELECT count(*) FROM partnership')" ] ||
        fail "backup run $run: the copy has $count partnerships"
    if [ "$count" -eq "$base_partnerships" ]; then tally backup "$outcome" earlier; else tally backup "$outcome" whole; fi
    echo "backup $run: $outcome, $count partnerships"

    # upgrade of a schema 6 database
    db="$work/upgrade.sqlite"
    rm -rf "$db" "$db"-* "$db".sauvegardes
    cp "$older" "$db"
    outcome=$(kill_within "$upgrade_ms" "$run" "$program" --db "$db" check)
    version=$(sql "$db" 'PRAGMA user_version')
    [ "$version" -eq 6 ] || [ "$version" -eq "$current_version" ] || fail "upgrade run $run: version $version"
    [ "$(sql "$db" 'PRAGMA integrity_check')" = ok ] || fail "upgrade run $run: integrity_check"
    [ "$(sql "$db" 'SELECT count(*) FROM partnership')" -eq "$base_partnerships" ] ||
        fail "upgrade run $run: partnerships lost"
    if [ "$version" -eq "$current_version" ]; then tally upgrade "$outcome" whole; else tally upgrade "$outcome" earlier; fi
    sound "$db" # the next opening finishes the upgrade
    echo "upgrade $run: $outcome, met version $version"
done
# What a killed export leaves beside the file: its temporary file (QSaveFile's, never under the
# final name), counted and said.
leftovers=$(find "$work" -maxdepth 1 -name 'export.csv.*' | wc -l)
# Per command: how many rounds killed it, how many of those kills met its work whole (committed,
# or finished), and how many rounds it ended before the kill.
for command in import demo export backup upgrade; do
    echo "$command: killed ${met[$command-killed]:-0} time(s), ${met[$command-killed-whole]:-0} of them meeting the work whole;" \
        "finished before the kill ${met[$command-finished]:-0} time(s); whole ${met[$command-whole]:-0} of $runs"
done
echo "KillTest: $runs run(s) of each, nothing lost (temporary export files left by kills: $leftovers)"
