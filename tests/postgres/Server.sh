#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: its own cluster in a temporary folder, listening
# on loopback only, on a free port, with its socket in that folder. CTest starts it before the
# tests that run on PostgreSQL (FIXTURES_SETUP) and stops it after them, even when one fails
# (FIXTURES_CLEANUP); by hand:
#
#   tests/postgres/Server.sh start STATE_FILE   starts it; STATE_FILE then holds its folder and URL
#   tests/postgres/Server.sh url STATE_FILE     prints postgresql://observatoire@127.0.0.1:PORT/
#   tests/postgres/Server.sh stop STATE_FILE    stops it and deletes its folder
#
# PostgreSQL refuses to run as root (initdb and postgres exit at once). When the tests run as
# root (CI containers), the cluster belongs to the unprivileged user `nobody` (group nogroup): the
# folder is given to it and initdb, pg_ctl and the server run under it through setpriv. The
# tests connect over TCP on 127.0.0.1 as the cluster's superuser `observatoire`, trusted on
# loopback only: nothing outside this machine can reach it, and it lives as long as the tests.
# Roles in observatoire_password_users must give their password (the connection dialog's tests).
set -euo pipefail

mode=${1:-}
state=${2:-}
if [ -z "$mode" ] || [ -z "$state" ]; then
    echo "usage: Server.sh start|url|stop STATE_FILE" >&2
    exit 2
fi

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    # (Without the loader's trace that CTest asks for: nobody may not write where it goes.)
    run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups -- env -u LD_DEBUG -u LD_DEBUG_OUTPUT)
fi

field() { sed -n "s/^$1=//p" "$state"; }

case "$mode" in
start)
    if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
        echo "PostgreSQL's server programs are missing: install the package postgresql (tools/setup.sh does)" >&2
        exit 1
    fi
    [ -f "$state" ] && "$0" stop "$state" || true
    folder=$(mktemp -d "${TMPDIR:-/tmp}/observatoire-pg.XXXXXX")
    chmod 0755 "$folder"
    [ ${#run_as[@]} -gt 0 ] && chown nobody:nogroup "$folder"
    "${run_as[@]}" "$bin_dir/initdb" -D "$folder/data" -U observatoire --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 || {
        cat "$folder/initdb.log" >&2
        rm -rf "$folder"
        exit 1
    }
    # The members of observatoire_password_users (the connection dialog's tests make them) log in
    # with a password, as advisers do on a real server; everyone else is trusted, as above.
    "${run_as[@]}" sh -c 'f="$1/data/pg_hba.conf" && { echo "host all +observatoire_password_users 127.0.0.1/32 scram-sha-256"; cat "$f"; } >"$f.new" && mv "$f.new" "$f"' sh "$folder"
    # A free port: one nothing answers on, tried again if another program takes it first.
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 30000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        if "${run_as[@]}" "$bin_dir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$folder' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
            >/dev/null; then
            {
                echo "folder=$folder"
                echo "url=postgresql://observatoire@127.0.0.1:$port/"
            } >"$state"
            echo "PostgreSQL $("$bin_dir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port in $folder"
            exit 0
        fi
        echo "attempt $attempt: the server did not start on port $port" >&2
        tail -n 5 "$folder/server.log" >&2 || true
    done
    rm -rf "$folder"
    exit 1
    ;;
url)
    field url
    ;;
stop)
    [ -f "$state" ] || exit 0
    folder=$(field folder)
    if [ -n "$folder" ] && [ -d "$folder/data" ]; then
        "${run_as[@]}" "$bin_dir/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$folder" ] && rm -rf "$folder"
    rm -f "$state"
    ;;
*)
    echo "usage: Server.sh start|url|stop STATE_FILE" >&2
    exit 2
    ;;
esac
