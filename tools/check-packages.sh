#!/usr/bin/env bash
# Proves that the Debian packages tools/setup.sh installs are enough, on a machine that may hold
# many more: every file the build and the tests used is mapped to the package that owns it
# (dpkg -S), and that package must be one setup.sh names, a hard dependency of one (Depends or
# Pre-Depends, recursively; never Recommends, which --no-install-recommends skips), or part of
# every Debian system (Essential or Priority required).
#
#   tools/check-packages.sh [--declared "PKG PKG..."] [--label TEXT] < paths
#
# Reads absolute paths, one per line (files loaded by CMake, headers, libraries, programs run,
# files mapped by the tests). Prints each package outside the closure with the first file that
# needed it, and exits 1 if there is any. Files of the source or build tree, /tmp, /proc and
# caches that a system generates (no package owns them) are skipped.
set -euo pipefail

declared=""
label="files"
while [ $# -gt 0 ]; do
    case "$1" in
        --declared) declared=$2; shift 2 ;;
        --label) label=$2; shift 2 ;;
        *) echo "usage: check-packages.sh [--declared LIST] [--label TEXT] < paths" >&2; exit 2 ;;
    esac
done
here="$(dirname "$(readlink -f "$0")")"
[ -n "$declared" ] || declared="$("$here/setup.sh" packages)"

# Every installed package: its dependencies and what it provides, read once.
declare -A depends provides_of base installed
# (Fields split on a non-blank separator: read merges runs of tabs, and most fields are empty.)
while IFS=$'\x1f' read -r pkg status essential priority provides predepends deps; do
    [[ "$status" == *" installed" ]] || continue
    installed[$pkg]=1
    depends[$pkg]="$predepends, $deps"
    if [ "$essential" = "yes" ] || [ "$priority" = "required" ]; then base[$pkg]=1; fi
    IFS=',' read -ra names <<< "$provides"
    for n in "${names[@]}"; do
        n="${n%%(*}"; n="${n// /}"
        [ -n "$n" ] && provides_of[$n]+=" $pkg"
    done
done < <(dpkg-query -W -f='${Package}\t${Status}\t${Essential}\t${Priority}\t${Provides}\t${Pre-Depends}\t${Depends}\n' |
    tr '\t' '\037')

# The closure: each dependency is satisfied by whichever of its alternatives is installed, by
# name or through Provides (as apt would see it on this machine).
declare -A closure
queue=()
for p in $declared; do
    if [ -z "${installed[$p]:-}" ]; then
        echo "check-packages: $p is named by setup.sh but not installed" >&2
        exit 1
    fi
    queue+=("$p")
done
for p in "${!base[@]}"; do queue+=("$p"); done
while [ ${#queue[@]} -gt 0 ]; do
    p=${queue[-1]}
    unset 'queue[-1]'
    [ -n "${closure[$p]:-}" ] && continue
    closure[$p]=1
    IFS=',' read -ra clauses <<< "${depends[$p]:-}"
    for clause in "${clauses[@]}"; do
        IFS='|' read -ra alternatives <<< "$clause"
        for alt in "${alternatives[@]}"; do
            alt="${alt%%(*}"; alt="${alt%%:*}"; alt="${alt// /}"
            [ -n "$alt" ] || continue
            [ -n "${installed[$alt]:-}" ] && queue+=("$alt")
            for provider in ${provides_of[$alt]:-}; do queue+=("$provider"); done
        done
    done
done

# The paths to check: the real file and the path as given (dpkg knows /lib/... on a merged /usr
# system, and symlinks such as /etc/alternatives by their own name).
source_dir="$(readlink -f "$here/..")"
declare -A seen
paths=()
while IFS= read -r path; do
    [[ "$path" == /* ]] || continue
    case "$path" in
        "$source_dir"/* | /tmp/* | /proc/* | /dev/* | /sys/* | /run/* | /var/* | /root/* | /home/*) continue ;;
        /etc/ld.so.cache | /usr/lib/locale/locale-archive | */gconv-modules.cache | /usr/share/mime/mime.cache) continue ;;
        /usr/share/fonts/*/.uuid | /usr/share/fonts/.uuid | /etc/fonts/*.cache*) continue ;;
    esac
    [ -n "${seen[$path]:-}" ] && continue
    seen[$path]=1
    paths+=("$path")
done
if [ ${#paths[@]} -eq 0 ]; then
    echo "check-packages: no $label to check" >&2
    exit 1
fi

declare -A owner
owned() { # dpkg -S of many paths at once; "pkg[:arch][, pkg]: path" per path it knows
    printf '%s\0' "$@" | xargs -0 dpkg -S 2>/dev/null | while IFS= read -r line; do
        echo "${line#*: }"$'\t'"${line%%: *}"
    done
}
while IFS=$'\t' read -r path pkgs; do owner[$path]=$pkgs; done < <(owned "${paths[@]}")

unknown=()
for path in "${paths[@]}"; do
    [ -n "${owner[$path]:-}" ] && continue
    candidates=("$(readlink -f "$path")")
    case "$path" in
        /usr/lib/*) candidates+=("${path#/usr}") ;;
        /lib/* | /lib64/* | /bin/* | /sbin/*) candidates+=("/usr$path") ;;
    esac
    real="${candidates[0]}"
    case "$real" in /usr/*) candidates+=("${real#/usr}") ;; esac
    for c in "${candidates[@]}"; do
        [ -n "${owner[$c]:-}" ] && { owner[$path]=${owner[$c]}; break; }
        line="$(dpkg -S "$c" 2>/dev/null | head -n1 || true)"
        if [ -n "$line" ]; then owner[$path]="${line%%: *}"; break; fi
    done
    [ -n "${owner[$path]:-}" ] || unknown+=("$path")
done

declare -A reported
missing=0
for path in "${paths[@]}"; do
    pkgs="${owner[$path]:-}"
    [ -n "$pkgs" ] || continue
    ok=""
    IFS=',' read -ra names <<< "$pkgs"
    for n in "${names[@]}"; do
        n="${n// /}"; n="${n%%:*}"
        [ -n "${closure[$n]:-}" ] && ok=1
    done
    if [ -z "$ok" ] && [ -z "${reported[$pkgs]:-}" ]; then
        reported[$pkgs]=1
        echo "not pulled in: $pkgs (needed for $path)"
        missing=1
    fi
done
for path in "${unknown[@]}"; do
    echo "from no Debian package: $path"
    missing=1
done
echo "check-packages: ${#paths[@]} $label, ${#closure[@]} packages in the closure of the declared ones"
exit $missing
