#!/usr/bin/env bash
# What the record's safeguards cost an import, as a user's machine sees it: whole processes, the
# anchor (the sqlite3 shell doing the same work alone) run in turn with ours, PAIRS pairs,
# min/median/max and peak memory. Run by hand, never in CI.
#   bench_record.sh BUILD_DIR [AGENCIES] [PAIRS]      (default 20,000 agencies x 30 years, 5 pairs)
# 1. integrity_check: `sqlite3 DB "PRAGMA integrity_check"` against `cac-review import` of 200
#    unchanged rows (whose time is mostly that check).
# 2. the backup: `sqlite3 DB "VACUUM INTO ..."` against `cac-review import` of 200 changed rows
#    (the check, the copy before the commit, and the import).
set -euo pipefail
build=$1
agencies=${2:-20000}
pairs=${3:-5}
bin=$build/cac-review
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" demo --db "$work/big.sqlite" --agencies "$agencies" --years 1996-2025 >/dev/null 2>&1
"$bin" export --db "$work/big.sqlite" --out "$work/year.csv" --year 2025 >/dev/null
head -201 "$work/year.csv" >"$work/same.csv"
# The same rows with one more investigation each (names hold quoted commas: a CSV parser).
python3 - "$work/same.csv" "$work/changed.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
column = rows[0].index('investigations')
for row in rows[1:]:
    row[column] = str(int(row[column] or 0) + 1)
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline='')).writerows(rows)
PY
echo "database: $(du -m "$work/big.sqlite" | cut -f1) MB, $agencies agencies x 30 years"

. "$(dirname "$(readlink -f "$0")")/measure.sh"
: >"$work/a1"; : >"$work/b1"; : >"$work/a2"; : >"$work/b2"
for i in $(seq 1 "$pairs"); do
    measure sqlite3 "$work/big.sqlite" "PRAGMA integrity_check" >>"$work/a1"
    cp "$work/big.sqlite" "$work/copy.sqlite"; rm -rf "$work/copy.sqlite-backups"
    measure "$bin" import "$work/same.csv" --db "$work/copy.sqlite" >>"$work/b1"
    rm -f "$work/vacuum.sqlite"
    measure sqlite3 "$work/big.sqlite" "VACUUM INTO '$work/vacuum.sqlite'" >>"$work/a2"
    cp "$work/big.sqlite" "$work/copy.sqlite"; rm -rf "$work/copy.sqlite-backups"
    measure "$bin" import "$work/changed.csv" --db "$work/copy.sqlite" >>"$work/b2"
done
summary "sqlite3 PRAGMA integrity_check" "$work/a1"
summary "cac-review import, 200 unchanged rows" "$work/b1"
summary "sqlite3 VACUUM INTO" "$work/a2"
summary "cac-review import, 200 changed rows" "$work/b2"
