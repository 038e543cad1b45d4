#!/usr/bin/env bash
# Builds the .deb with CPack and checks it as a user would get it: its Depends, its files, the
# desktop entry and AppStream metainfo validators, lintian, and the packaged binary run from a
# temporary root. Usage: test_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checks=0
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { checks=$((checks + 1)); echo "ok: $*"; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb="$work/out/cac-review_${version}_amd64.deb"
[ -f "$deb" ] || fail "no package named $(basename "$deb")"
pass "cpack made $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libqt6charts6 libsqlite3-0; do
    [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "Depends lacks $needed: $depends"
done
pass "Depends: $depends"
recommends=$(dpkg-deb -f "$deb" Recommends)
[[ "$recommends" == *libqt6sql6-psql* ]] || fail "Recommends lacks libqt6sql6-psql: $recommends"
[[ ", $depends," == *libpq5* ]] || fail "Depends lacks libpq5 (linked): $depends"
pass "Recommends: $recommends"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in usr/bin/cac-review \
            usr/share/applications/io.github.cacreview.CacReview.desktop \
            usr/share/metainfo/io.github.cacreview.CacReview.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/io.github.cacreview.CacReview.svg \
            usr/share/icons/hicolor/48x48/apps/io.github.cacreview.CacReview.png \
            usr/share/icons/hicolor/256x256/apps/io.github.cacreview.CacReview.png \
            usr/share/man/man1/cac-review.1.gz \
            usr/share/doc/cac-review/copyright \
            usr/libexec/cac-review/cac-review-xls; do
    grep -qx "./$file" <<<"$contents" || fail "the package lacks $file"
done
pass "files in place"

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/io.github.cacreview.CacReview.desktop" || fail "desktop-file-validate"
pass "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.cacreview.CacReview.metainfo.xml" >/dev/null 2>&1 \
    || fail "appstreamcli validate --no-net"
pass "appstreamcli validate --no-net"
lintian --fail-on error "$deb" || fail "lintian found errors"
pass "lintian: no errors"

binary="$work/root/usr/bin/cac-review"
[ "$("$binary" --version)" = "cac-review $version" ] || fail "--version says $("$binary" --version)"
pass "--version"
HOME="$work/home" "$binary" demo --db "$work/demo.sqlite" --agencies 20 --years 2016-2020 >/dev/null
summary=$(HOME="$work/home" "$binary" summary --db "$work/demo.sqlite")
grep -q '^Demo data, fictional agencies.' <<<"$summary" || fail "summary: $summary"
grep -q '^2020 ' <<<"$summary" || fail "summary has no 2020 line: $summary"
pass "the packaged binary runs demo and summary"
# The .xls reader is found where the package puts it, from the packaged binary alone.
source=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
env -u CAC_XLS_READER HOME="$work/home" "$binary" import "$source/tests/data/reports.xls" --db "$work/xls.sqlite" >/dev/null \
    || fail "the packaged binary cannot import an .xls (its reader is not found)"
pass "the packaged binary imports an .xls through the packaged reader"
echo "$checks passed, 0 failed"
