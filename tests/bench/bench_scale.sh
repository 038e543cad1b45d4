#!/usr/bin/env bash
# Issue #19's table, as a user's machine sees it: whole processes, each against its anchor in the
# same run, A and B alternated, PAIRS pairs, min / median / max and peak memory, at each size so
# that growth shows. Run by hand, never in CI:
#   bench_scale.sh BUILD_DIR [PAIRS] [AGENCIES...]   (default 5 pairs; 2,000 20,000 40,000 agencies
#                                                     x 30 years = 60k, 600k and 1.2M reports)
# Rows:
#  import      `sqlite3 .import --csv` of the file into a plain table / `cac-review import` of it
#              into an empty database (rows/s: ours over sqlite3's is the ratio)
#  into 60k    the same file into a database already holding the 60k file's reports, one of them
#              corrected since
#  again       the same file a second time (nothing changes)
#  flags, outreach, peers: `cac-review flags --year 2025`, `outreach --year 2025 --out x.csv`,
#              `chart compare --agency ORI --peers --csv x.csv` (anchor: sqlite3 counting the rows)
#  export      `sqlite3 -csv DB 'SELECT * FROM v_report'` / `cac-review export --out x.csv`
set -euo pipefail
build=$(readlink -f "$1")
pairs=${2:-5}
shift $(($# < 2 ? $# : 2))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000 40000)
bin=$build/cac-review
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$(readlink -f "$0")")/measure.sh"

"$build/tests/bench/bench_generate" 2000 30 "$work/r2000.csv"
"$bin" import "$work/r2000.csv" --db "$work/small.sqlite" >/dev/null
# One report corrected since, by another program: the database is no longer the one the file made,
# so "into 60k" reads the file row by row at every size (at 60k it would otherwise be a repeat,
# recognised without reading a row).
sqlite3 "$work/small.sqlite" "UPDATE misuse_report SET investigations = coalesce(investigations, 0) + 1 WHERE id = 1"
for agencies in "${sizes[@]}"; do
    csv=$work/r$agencies.csv
    [ -f "$csv" ] || "$build/tests/bench/bench_generate" "$agencies" 30 "$csv"
    rows=$(($(wc -l <"$csv") - 1))
    rm -f "$work/db.sqlite"*
    "$bin" import "$csv" --db "$work/db.sqlite" >/dev/null
    ori=$(sqlite3 "$work/db.sqlite" "SELECT ori FROM agency WHERE kind = 'municipal_police' AND sworn_staff BETWEEN 50 AND 199 LIMIT 1")
    echo "== $agencies agencies x 30 years: $rows reports, file $(du -m "$csv" | cut -f1) MB, database $(du -m "$work/db.sqlite" | cut -f1) MB"
    for f in sq im into again fl ou pe cnt ex sqx; do : >"$work/$f"; done
    for i in $(seq 1 "$pairs"); do
        rm -f "$work/plain.sqlite"
        measure sqlite3 "$work/plain.sqlite" ".import --csv $csv plain" >>"$work/sq"
        rm -rf "$work/fresh.sqlite"*
        measure "$bin" import "$csv" --db "$work/fresh.sqlite" >>"$work/im"
        rm -rf "$work/into.sqlite"*; cp "$work/small.sqlite" "$work/into.sqlite"
        measure "$bin" import "$csv" --db "$work/into.sqlite" >>"$work/into"
        rm -rf "$work/again.sqlite"*; cp "$work/db.sqlite" "$work/again.sqlite"
        measure "$bin" import "$csv" --db "$work/again.sqlite" >>"$work/again"
        measure sqlite3 "$work/db.sqlite" "SELECT count(*) FROM misuse_report WHERE year = 2025" >>"$work/cnt"
        measure "$bin" flags --year 2025 --db "$work/db.sqlite" >>"$work/fl"
        measure "$bin" outreach --year 2025 --db "$work/db.sqlite" --out "$work/o.csv" >>"$work/ou"
        rm -f "$work/p.csv"
        measure "$bin" chart compare --agency "$ori" --peers --db "$work/db.sqlite" --csv "$work/p.csv" >>"$work/pe"
        measure sqlite3 -csv "$work/db.sqlite" "SELECT * FROM v_report" >>"$work/sqx"
        rm -f "$work/x.csv"
        measure "$bin" export --db "$work/db.sqlite" --out "$work/x.csv" >>"$work/ex"
    done
    summary "sqlite3 .import --csv (plain table)" "$work/sq" "$rows"
    summary "cac-review import (fresh database)" "$work/im" "$rows"
    summary "cac-review import into 60k reports" "$work/into" "$rows"
    summary "cac-review import, same file again" "$work/again" "$rows"
    summary "sqlite3 count(*) of the year" "$work/cnt"
    summary "cac-review flags --year 2025" "$work/fl"
    summary "cac-review outreach --year 2025" "$work/ou"
    summary "cac-review chart compare --peers" "$work/pe"
    summary "sqlite3 -csv SELECT * FROM v_report" "$work/sqx" "$rows"
    summary "cac-review export --out x.csv" "$work/ex" "$rows"
done
