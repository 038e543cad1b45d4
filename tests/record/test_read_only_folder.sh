#!/usr/bin/env bash
# A database in a folder that cannot be written (a read-only mount, as a CD or a read-only share
# would be; a read-only mount refuses root too): reading commands work, a dry run works, and an
# import is refused saying why, the file left as it was. Runs in a private mount namespace
# (unshare -rm). Usage: test_read_only_folder.sh CAC_REVIEW_BINARY CSV_FIXTURE
set -euo pipefail
bin=$1
csv=$2
. "$(dirname "$(readlink -f "$0")")/private_namespace.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
work=$(mktemp -d)
trap 'umount "$work/ro" 2>/dev/null || true; rm -rf "$work"' EXIT
checks=0
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { checks=$((checks + 1)); echo "ok: $*"; }

mkdir "$work/ro"
mount -t tmpfs -o size=4m tmpfs "$work/ro"
"$bin" import "$csv" --db "$work/ro/review.sqlite" >/dev/null 2>&1 || fail "a database to read"
mount -o remount,ro "$work/ro"
db=$work/ro/review.sqlite
before=$(sha256sum "$db")

out=$("$bin" summary --db "$db" 2>&1) || fail "summary in a read-only folder: $out"
grep -q "2018" <<<"$out" || fail "summary printed no figures: $out"
ok "summary reads it"
"$bin" export --db "$db" --out "$work/export.csv" >/dev/null 2>&1 || fail "export from a read-only folder"
[ "$(wc -l <"$work/export.csv")" -gt 3 ] || fail "the export is short"
ok "export reads it"
out=$("$bin" import "$csv" --db "$db" --dry-run 2>&1) || fail "dry run in a read-only folder: $out"
grep -q "Dry run: nothing was written" <<<"$out" || fail "dry run said: $out"
ok "a dry run checks it"
status=0
out=$("$bin" import "$csv" --db "$db" 2>&1) || status=$?
[ "$status" -eq 1 ] || fail "import exit status $status, not 1: $out"
grep -q "cannot be written" <<<"$out" && grep -q "folder" <<<"$out" || fail "the import does not say the folder is read-only: $out"
ok "an import is refused, saying the folder cannot be written"
[ "$(sha256sum "$db")" = "$before" ] || fail "the database changed"
[ ! -e "$db-wal" ] || fail "a -wal appeared"
ok "the file is as it was"
echo "$checks passed, 0 failed"
