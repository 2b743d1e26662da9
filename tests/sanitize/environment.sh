# The sanitizers' settings for a run of the sanitized build (its CTest, tests/fuzz/run.sh);
# sourced, not run. Any finding stops the program, a leak is a finding, and the reports' stacks
# are symbolized (file and line) when llvm-symbolizer is there (Debian's llvm-14, in
# tools/setup.sh's list). Only leaks in libraries we do not own are suppressed, each with why,
# in lsan.supp beside this file.
sanitize_dir=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
    for symbolizer in llvm-symbolizer llvm-symbolizer-14; do
        if command -v "$symbolizer" >/dev/null; then
            ASAN_SYMBOLIZER_PATH=$(command -v "$symbolizer")
            export ASAN_SYMBOLIZER_PATH
            break
        fi
    done
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$sanitize_dir/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
unset sanitize_dir
