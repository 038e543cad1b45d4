#!/usr/bin/env bash
# Makes the .xls fixtures (Excel 97-2003) and the .ods ones (LibreOffice Calc) with LibreOffice,
# which the suite does not install: run by hand when the fixtures must change, and commit what
# it writes. reports.xls and reports.ods hold reports_xls.csv as LibreOffice reads it (dates as
# date cells, numbers as numbers); messy.ods holds messy_valid.csv; formula.xls has a formula
# where a count belongs (=2+3 in D2).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp reports_xls.csv "$work/reports.csv"
printf 'ori,year,agency,investigations\nCA0010901,2018,Alpha Police,=2+3\n' >"$work/formula.csv"
for name in reports formula; do
    soffice --headless --infilter="CSV:44,34,76,1" --convert-to xls:"MS Excel 97" "$work/$name.csv" --outdir "$work" >/dev/null
    cp "$work/$name.xls" "$name.xls"
done
cp messy_valid.csv "$work/messy.csv"
for name in reports messy; do
    soffice --headless --infilter="CSV:44,34,76,1" --convert-to ods "$work/$name.csv" --outdir "$work" >/dev/null
    cp "$work/$name.ods" "$name.ods"
done
