#!/usr/bin/env bash
# Installs what Observatoire needs on Debian 12, builds it, then runs it or its tests.
#
#   tools/setup.sh run   [-- ARGS...]   build and start the app (its default local database)
#   tools/setup.sh test                 build and run the whole test suite (CI), then `sanitize` (SANITIZE=off: not)
#   tools/setup.sh sanitize             the sanitized build: its test suite, then each fuzz target
#   tools/setup.sh build                build only
#   tools/setup.sh packages             print the Debian packages it installs, and nothing else
#
# Packages are installed only when missing, through sudo when not root.
# Environment: BUILD_DIR (default: build), SANITIZE_BUILD_DIR (default: build-sanitize),
# FUZZ_SECONDS (default: 60, each fuzz target), CI=true adds -Werror, SANITIZE=off leaves the
# sanitized part out of `test` (it is in by default, and so in CI: CONTRIBUTING.md, « Sanitizers »).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")/.."
mode=${1:-build}
shift || true
[ "${1:-}" = "--" ] && shift
build_dir=${BUILD_DIR:-build}

packages=(
    cmake g++ make pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-svg-dev qt6-charts-dev libqt6opengl6-dev fonts-dejavu-core poppler-utils
    libxlsxwriter-dev libsqlite3-dev zlib1g-dev catch2 sqlite3
    postgresql libqt6sql6-psql # team mode, and its tests on a throw-away server (tests/postgres)
    qtkeychain-qt6-dev libqt6keychain1 # the passwords of server connections in the system keyring
    dpkg-dev file desktop-file-utils appstream
    clang libclang-rt-14-dev # the sanitized and fuzz build (tools/setup.sh sanitize)
    llvm-14 # its llvm-symbolizer: file and line in the sanitizers' reports
    clang-format # the sources' layout (.clang-format), checked by the test source_format
)

if [ "$mode" = "packages" ]; then
    echo "${packages[*]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

# The sanitized build: clang with AddressSanitizer and UndefinedBehaviorSanitizer (any
# finding stops the program: a test cannot pass over it), and libFuzzer's coverage, so that the
# same build runs the suite and the fuzz targets (tests/fuzz). Leaks are findings too; the only
# ones ignored are in libraries we do not own, each explained in tests/sanitize/lsan.supp. Which
# tests it leaves to the release build, and why: tests/CMakeLists.txt.
sanitize() (
    dir=${SANITIZE_BUILD_DIR:-build-sanitize}
    CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOBSERVATOIRE_WERROR="$werror" \
        -DOBSERVATOIRE_SANITIZE=ON -DOBSERVATOIRE_FUZZ=ON >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
    export QT_QPA_PLATFORM=offscreen
    source tests/sanitize/environment.sh
    (cd "$dir" && ctest --output-on-failure --timeout 900 --parallel "$(nproc)")
    tests/fuzz/run.sh "$dir" "${FUZZ_SECONDS:-60}"
)

if [ "$mode" = "sanitize" ]; then
    sanitize
    exit 0
fi

cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOBSERVATOIRE_WERROR="$werror" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
    run)
        exec "$build_dir/app/observatoire" "$@"
        ;;
    test)
        (cd "$build_dir" && env QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@")
        if [ "${SANITIZE:-on}" != off ]; then
            sanitize
        fi
        ;;
    build)
        ;;
    *)
        echo "usage: tools/setup.sh run|test|sanitize|build" >&2
        exit 2
        ;;
esac
