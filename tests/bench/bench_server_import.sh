#!/usr/bin/env bash
# Issue #17's import row: 600,000 reports (20,000 agencies x 30 years) into a PostgreSQL server,
# `cac-review import FILE --db SERVER` into a new, empty database against
# `psql -c "\copy plain FROM FILE CSV HEADER"` into a plain table of text columns on the same
# server, A and B alternated, PAIRS pairs, min / median / max and the client's peak memory. The
# server is a throwaway one (tests/postgres/server.sh), on a socket, fsync off for both. Run by
# hand, never in CI:
#   bench_server_import.sh BUILD_DIR [PAIRS] [AGENCIES]
set -euo pipefail
build=$(readlink -f "$1")
pairs=${2:-5}
agencies=${3:-20000}
here=$(dirname "$(readlink -f "$0")")
work=$(mktemp -d)
state=$work/server
chmod 755 "$work"
trap '"$here/../postgres/server.sh" stop "$state"; rm -rf "$work"' EXIT
. "$here/measure.sh"

"$build/tests/bench/bench_generate" "$agencies" 30 "$work/r.csv"
chmod 644 "$work/r.csv"
rows=$(($(wc -l <"$work/r.csv") - 1))
"$here/../postgres/server.sh" start "$state"
server=$(cat "$state")
columns=$(head -1 "$work/r.csv" | tr -d '\r\357\273\277' | sed 's/,/ text, /g; s/$/ text/')
echo "== $rows reports, file $(du -m "$work/r.csv" | cut -f1) MB"
: >"$work/psql"; : >"$work/ours"
for i in $(seq 1 "$pairs"); do
    psql "$server" -qc "DROP TABLE IF EXISTS plain" -c "CREATE TABLE plain ($columns)"
    measure psql "$server" -c "\\copy plain FROM '$work/r.csv' CSV HEADER" >>"$work/psql"
    psql "$server" -qc "DROP DATABASE IF EXISTS bench WITH (FORCE)" -c "CREATE DATABASE bench"
    measure "$build/cac-review" import "$work/r.csv" --db "${server/dbname=postgres/dbname=bench}" >>"$work/ours"
done
summary "psql \\copy into a plain table" "$work/psql" "$rows"
summary "cac-review import into an empty database" "$work/ours" "$rows"
