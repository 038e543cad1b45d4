#!/usr/bin/env bash
# Every file the command line writes, on a full disk: the command exits 1 and says the disk is
# full, and the file that was there before is left byte for byte as it was. The full disk is a
# 256 KiB tmpfs mounted in a private mount namespace (unshare -rm), so the test needs no root
# and leaves nothing mounted. Usage: test_full_disk.sh CAC_REVIEW_BINARY
set -euo pipefail
bin=$1
. "$(dirname "$(readlink -f "$0")")/private_namespace.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
work=$(mktemp -d)
trap 'umount "$work/disk" "$work/small" 2>/dev/null || true; rm -rf "$work"' EXIT
checks=0
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" demo --db "$work/demo.sqlite" --agencies 20 --years 2020-2024 >/dev/null 2>&1 || fail "demo database"
ori=$(sqlite3 "$work/demo.sqlite" "SELECT ori FROM agency ORDER BY ori LIMIT 1" 2>/dev/null || true)
[ -n "$ori" ] || ori=$("$bin" export --db "$work/demo.sqlite" --out "$work/all.csv" >/dev/null && sed -n 2p "$work/all.csv" | cut -d, -f1)
mkdir "$work/disk"
mount -t tmpfs -o size=256k tmpfs "$work/disk"
disk=$work/disk

# name: the output file; then the command that writes it (OUT stands for the file's path).
check() {
    local name=$1
    shift
    local out=$disk/$name
    local args=("${@//OUT/$out}")
    rm -f "$disk/fill"
    "$bin" "${args[@]}" >/dev/null 2>&1 || fail "$name: could not write it on a disk with room"
    local before
    before=$(sha256sum "$out")
    dd if=/dev/zero of="$disk/fill" bs=4k >/dev/null 2>&1 || true # fills the disk
    local status=0
    "$bin" "${args[@]}" >"$work/stdout" 2>"$work/stderr" || status=$?
    [ "$status" -eq 1 ] || fail "$name: exit status $status on a full disk, not 1 ($(cat "$work/stdout" "$work/stderr"))"
    grep -q "No space left on device" "$work/stderr" || fail "$name: does not say the disk is full: $(cat "$work/stderr")"
    [ "$(sha256sum "$out")" = "$before" ] || fail "$name: the earlier file was changed"
    [ -z "$(find "$disk" -name "*.XXXXXX*" -o -name ".*$name*" | head -1)" ] || fail "$name: a temporary file was left"
    checks=$((checks + 1))
    echo "ok: $name kept on a full disk"
}

db=$work/demo.sqlite
check export.csv export --db "$db" --out OUT
check chart.png chart compliance --db "$db" --out OUT --width-in 3 --height-in 2 --dpi 100
check chart.svg chart compliance --db "$db" --out OUT
check chart.pdf chart compliance --db "$db" --out OUT
check chart.csv chart compliance --db "$db" --out "$work/ignored.png" --csv OUT
check letter.pdf letter --db "$db" --agency "$ori" --template reminder --year 2024 --out OUT
check letter.odt letter --db "$db" --agency "$ori" --template reminder --year 2024 --out OUT
check letter.html letter --db "$db" --agency "$ori" --template reminder --year 2024 --out OUT
check outreach.pdf outreach --db "$db" --year 2024 --out OUT
check outreach.csv outreach --db "$db" --year 2024 --out OUT
check flags.csv flags --db "$db" --year 2024 --csv OUT

# An import into a database on a disk that fills up on the way: refused, saying the disk is
# full, and the database reads exactly as before, sound.
"$bin" demo --db "$work/big.sqlite" --agencies 150 --years 2010-2025 >/dev/null 2>&1 || fail "big demo database"
"$bin" export --db "$work/big.sqlite" --out "$work/big.csv" >/dev/null 2>&1 || fail "big export"
head -40 "$work/big.csv" >"$work/small.csv"
mkdir "$work/small"
mount -t tmpfs -o size=1m tmpfs "$work/small"
"$bin" import "$work/small.csv" --db "$work/small/review.sqlite" >/dev/null 2>&1 || fail "a small import on a disk with room"
"$bin" export --db "$work/small/review.sqlite" --out "$work/before.csv" >/dev/null 2>&1
dd if=/dev/zero of="$work/small/fill" bs=4k count=$(( $(df -k --output=avail "$work/small" | tail -1) / 4 - 4 )) >/dev/null 2>&1 || true
status=0
"$bin" import "$work/big.csv" --db "$work/small/review.sqlite" >"$work/stdout" 2>"$work/stderr" || status=$?
[ "$status" -eq 1 ] || fail "import on a full disk: exit status $status, not 1 ($(cat "$work/stdout" "$work/stderr"))"
grep -qE "disk is full|is full \(" "$work/stderr" || fail "the import does not say the disk is full: $(head -c 600 "$work/stderr")"
rm -f "$work/small/fill"
"$bin" export --db "$work/small/review.sqlite" --out "$work/after.csv" >/dev/null 2>&1 || fail "the database does not open after"
cmp -s <(tail -n +2 "$work/before.csv") <(tail -n +2 "$work/after.csv") || fail "the database changed"
checks=$((checks + 1))
echo "ok: an import on a full disk is refused and the database is as it was"
echo "$checks passed, 0 failed"
