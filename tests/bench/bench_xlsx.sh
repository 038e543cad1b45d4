#!/usr/bin/env bash
# What the spreadsheet import and export cost, as a user's machine sees it: whole processes, the
# anchor (LibreOffice, the tool an analyst uses today) run in turn with ours, PAIRS pairs,
# min/median/max and peak memory. Run by hand, never in CI; needs soffice (libreoffice-calc).
#   bench_xlsx.sh BUILD_DIR [AGENCIES] [PAIRS]      (default 20,000 agencies x 30 years, 5 pairs)
# 1. reading a 600,000-row .xlsx: `soffice --headless --convert-to csv` of it against
#    `cac-review import` of it into an empty database (which reads, checks and writes every row).
# 2. the memory of the import against row count: the same import of a workbook of 1/4 the rows.
# 3. writing it: `cac-review export --out FILE.xlsx` against the CSV export (no anchor writes
#    from this database).
set -euo pipefail
build=$1
agencies=${2:-20000}
pairs=${3:-5}
bin=$build/cac-review
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" demo --db "$work/big.sqlite" --agencies "$agencies" --years 1996-2025 >/dev/null 2>&1
"$bin" demo --db "$work/quarter.sqlite" --agencies $((agencies / 4)) --years 1996-2025 >/dev/null 2>&1
"$bin" export --db "$work/big.sqlite" --out "$work/big.xlsx" >/dev/null
"$bin" export --db "$work/quarter.sqlite" --out "$work/quarter.xlsx" >/dev/null
rows=$(sqlite3 "$work/big.sqlite" "SELECT count(*) FROM misuse_report")
echo "workbook: $rows rows, $(du -m "$work/big.xlsx" | cut -f1) MB (quarter: $(du -m "$work/quarter.xlsx" | cut -f1) MB)"

. "$(dirname "$(readlink -f "$0")")/measure.sh"
: >"$work/lo"; : >"$work/ours"; : >"$work/quarter"; : >"$work/xlsx"; : >"$work/csv"
for i in $(seq 1 "$pairs"); do
    rm -rf "$work/converted"
    measure soffice --headless -env:UserInstallation=file://"$work"/lo-profile --convert-to csv --outdir "$work/converted" "$work/big.xlsx" >>"$work/lo"
    rm -f "$work/fresh.sqlite"*
    measure "$bin" import "$work/big.xlsx" --db "$work/fresh.sqlite" >>"$work/ours"
    rm -f "$work/fresh.sqlite"*
    measure "$bin" import "$work/quarter.xlsx" --db "$work/fresh.sqlite" >>"$work/quarter"
    rm -f "$work/out.xlsx" "$work/out.csv"
    measure "$bin" export --db "$work/big.sqlite" --out "$work/out.xlsx" >>"$work/xlsx"
    measure "$bin" export --db "$work/big.sqlite" --out "$work/out.csv" >>"$work/csv"
done
summary "soffice --convert-to csv big.xlsx" "$work/lo" "$rows"
summary "cac-review import big.xlsx (fresh database)" "$work/ours" "$rows"
summary "cac-review import quarter.xlsx" "$work/quarter" "$((rows / 4))"
summary "cac-review export --out big.xlsx" "$work/xlsx" "$rows"
summary "cac-review export --out big.csv" "$work/csv" "$rows"
