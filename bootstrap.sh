#!/usr/bin/env bash
# The README's two set-up commands, on Debian 12:
#   ./bootstrap.sh run [ARGS...]   install what is missing, build, open CAC Review
#   ./bootstrap.sh test            install what is missing, build, run every test headless
# Packages are installed only when `dpkg-query` says they are missing, so a machine that has them
# all never waits on the package archive.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

mode=${1:-}
case "$mode" in
    run|test) shift ;;
    *) echo "usage: $0 run [ARGS...] | $0 test" >&2; exit 2 ;;
esac

# Build and run: the compiler, CMake, Qt 6, SQLite, the Mustache engine, OpenSSL's libcrypto (the
# SHA-256 that recognises a file imported again), libzip (the zip reader
# under .xlsx import) libxlsxwriter (.xlsx export) and freexl (.xls import), found with pkg-config;
# Qt's Linguist tools (lupdate, lrelease) for the translations; libpq (the PostgreSQL client
# library: server addresses, password prompts, the bulk load) and Qt's PostgreSQL driver for a
# team's server database. Test: PostgreSQL 15 itself (a throwaway server per test run), the .deb
# checks (dpkg-dev, desktop-file-utils, appstream, lintian), pdftotext for the letters, the
# sqlite3 shell, and clang with its sanitizer and libFuzzer runtimes (libclang-rt-14-dev, which
# apt only recommends) for the sanitizer build; clang-format for the layout check.
packages=(cmake g++ make libsqlite3-dev libkainjow-mustache-dev qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
          libssl-dev libzip-dev libxlsxwriter-dev libfreexl-dev pkg-config qt6-tools-dev qt6-l10n-tools libpq-dev libqt6sql6-psql)
[ "$mode" = test ] && packages+=(postgresql-15 dpkg-dev desktop-file-utils appstream lintian poppler-utils sqlite3 clang libclang-rt-14-dev clang-format)
missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # No system cluster: the tests start their own server, on a socket in a private folder, and
    # stop it; installing PostgreSQL must not leave one running on port 5432. The setting must be
    # in place before postgresql-common is installed, and is kept over the packaged file.
    if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && ! grep -qs '^create_main_cluster *= *false' /etc/postgresql-common/createcluster.conf; then
        $sudo mkdir -p /etc/postgresql-common
        echo 'create_main_cluster = false' | $sudo tee -a /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o Dpkg::Options::=--force-confold "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
# The test run keeps the house free of warnings: one is an error there (a user's build of the
# program, perhaps with another compiler, only warns).
werror=OFF
[ "$mode" = run ] || werror=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAC_WERROR=$werror >/dev/null
cmake --build build --parallel "$jobs"

if [ "$mode" = run ]; then
    exec ./build/cac-review "$@"
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$jobs"

# The same suite once more, built by clang with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer; the same build links the libFuzzer targets, each run for a minute
# over its seed corpus. Any finding fails the run.
cmake -S . -B build-asan -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCAC_SANITIZE=ON -DCAC_WERROR=ON >/dev/null
cmake --build build-asan --parallel "$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
tests/fuzz/run_fuzzers.sh build-asan "${CAC_FUZZ_SECONDS:-60}"
ctest --test-dir build-asan --output-on-failure --parallel "$jobs"
