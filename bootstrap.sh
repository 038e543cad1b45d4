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

# Build and run: the compiler, CMake, Qt 6, SQLite and the Mustache engine. Test: the .deb
# checks (dpkg-dev, desktop-file-utils, appstream, lintian) and pdftotext for the letters.
packages=(cmake g++ make libsqlite3-dev libkainjow-mustache-dev qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6svg6-dev)
[ "$mode" = test ] && packages+=(dpkg-dev desktop-file-utils appstream lintian poppler-utils)
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
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$jobs"

if [ "$mode" = run ]; then
    exec ./build/cac-review "$@"
fi
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure --parallel "$jobs"
