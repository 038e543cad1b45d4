#!/usr/bin/env bash
# The bad-input catalogue: every kind of bad file and database the import may be handed, tried
# against a database that holds good data. For each: the exit status, a message that names the
# file (and the line and field where there is one), no crash or hang, and every table but the
# audit log exactly as before (sqlite3 .dump). Then two imports at once, and kill -9 of an import
# at random moments: after each, integrity_check is ok and the data is exactly as before the
# import or exactly the complete import.
# Usage: test_bad_input_catalogue.sh CAC_REVIEW_BINARY
set -euo pipefail
bin=$1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checks=0
fail() { echo "FAIL: $*" >&2; exit 1; }
dump() { sqlite3 -readonly "$1" .dump | grep -v '^INSERT INTO audit_log'; }

db=$work/good.sqlite
header="ori,year,agency,agency_kind,filed,investigations,violations,individuals"
printf '%s\n%s\n%s\n' "$header" "CA0000001,2018,Alpha Sheriff,sheriff,yes,5,1-3,1" \
    "CA0000002,2018,Bravo Police Department,municipal_police,no,,," >"$work/good.csv"
"$bin" import "$work/good.csv" --db "$db" >/dev/null 2>&1 || fail "the good data"
before=$(dump "$db")

# name, expected exit status, a text the message must hold, options; the file is $work/in/NAME.
mkdir "$work/in"
bad() {
    local name=$1 status=$2 said=$3
    shift 3 # the rest: more options for the import
    local file=$work/in/$name
    local got=0
    timeout 60 "$bin" import "$file" --db "$db" "$@" >"$work/out" 2>"$work/err" || got=$?
    [ "$got" -ne 124 ] || fail "$name: the import hung"
    [ "$got" -lt 128 ] || fail "$name: the import crashed (status $got): $(head -c 400 "$work/err")"
    [ "$got" -eq "$status" ] || fail "$name: exit status $got, not $status: $(head -c 400 "$work/err")"
    grep -qF -- "$said" "$work/err" || fail "$name: the message lacks \"$said\": $(head -c 400 "$work/err")"
    grep -qF -- "$name" "$work/err" || fail "$name: the message does not name the file: $(head -c 400 "$work/err")"
    [ "$(wc -c <"$work/err")" -lt 20000 ] || fail "$name: $(wc -c <"$work/err") bytes of messages"
    [ "$(dump "$db")" = "$before" ] || fail "$name: the database changed"
    checks=$((checks + 1))
    echo "ok: $name"
}
row() { printf '%s\n%s\n' "$header" "$1" >"$work/in/$2"; }

: >"$work/in/empty.csv"; bad empty.csv 1 "the file is empty"
head -c 1048576 /dev/urandom >"$work/in/random.bin"; bad random.bin 1 "random.bin"
{ printf '%s\n' "$header"; head -c 20000000 /dev/zero | tr '\0' 'x'; printf '\n'; } >"$work/in/long-line.csv"
bad long-line.csv 1 "longer than 1 MiB"
printf '%s\nCA0000001,2018,A\0,sheriff,yes,1,1,1\n' "$header" >"$work/in/nul.csv"; bad nul.csv 1 "nul.csv:2: binary data"
printf '\xff\xfeo\0r\0i\0\n\0\x00\xd8\n\0' >"$work/in/utf16.csv"; bad utf16.csv 1 "not valid UTF-16"
row "CA0000001,2019,Caf$(printf '\xe9') Police,municipal_police,yes,1,1,1" cp1252.csv; bad cp1252.csv 1 "not UTF-8" --encoding utf-8
row 'CA0000001,2019,"Alpha Sheriff,sheriff,yes,1,1,1' quote.csv; bad quote.csv 1 "never closed"
{ printf '%s' "$header"; for i in $(seq 1 10000); do printf ',x%d' "$i"; done; printf '\nCA12,2019,A,sheriff,yes,1,1,1\n'; } >"$work/in/columns.csv"
bad columns.csv 1 "more warnings not shown"
printf 'ori,year,year,agency\nCA0000001,2019,2019,A\n' >"$work/in/dupcol.csv"; bad dupcol.csv 1 "appears twice"
row "CA0000001,2019,Alpha Sheriff,sheriff,yes,99999999999999999999,1,1" overflow.csv; bad overflow.csv 1 "overflow.csv:2: investigations"
row "CA0000001,2019,Alpha Sheriff,sheriff,yes,3.5,1,1" fraction.csv; bad fraction.csv 1 "fraction.csv:2: investigations"
printf 'ori,year,agency,filed,filed_date\nCA0000001,2019,Alpha Sheriff,yes,2019-02-30\n' >"$work/in/date.csv"
bad date.csv 1 "date.csv:2: filed_date"
row "CA0000001,2019,Alpha$(printf '\x1b')]0;owned$(printf '\x07'),sheriff,yes,1,1,1" control.csv; bad control.csv 1 "control character"
# A folder is imported file by file; one with nothing to import is said to be so.
mkdir "$work/in/folder.csv"; bad folder.csv 1 "holds no file to import"
mkfifo "$work/in/fifo.csv"; bad fifo.csv 1 "not a file"
bad missing.csv 1 "no such file"

# Bad databases: each refused and left byte for byte as it was.
baddb() {
    local name=$1 said=$2
    local file=$work/in/$name
    local sum
    sum=$(sha256sum "$file" 2>/dev/null || true)
    local got=0
    timeout 60 "$bin" import "$work/good.csv" --db "$file" >"$work/out" 2>"$work/err" || got=$?
    [ "$got" -eq 1 ] || fail "--db $name: exit status $got, not 1: $(head -c 400 "$work/err")"
    grep -qF -- "$said" "$work/err" || fail "--db $name: the message lacks \"$said\": $(head -c 400 "$work/err")"
    [ "$(sha256sum "$file" 2>/dev/null || true)" = "$sum" ] || fail "--db $name: the file changed"
    checks=$((checks + 1))
    echo "ok: --db $name"
}
printf 'just some text\n' >"$work/in/text.sqlite"; baddb text.sqlite "text.sqlite"
head -c 8192 "$db" >"$work/in/truncated.sqlite"; baddb truncated.sqlite "truncated.sqlite"
cp "$db" "$work/in/newer.sqlite"; sqlite3 "$work/in/newer.sqlite" "PRAGMA user_version = 999"
baddb newer.sqlite "newer CAC Review"
cp "$db" "$work/in/readonly.sqlite"; chmod 444 "$work/in/readonly.sqlite"; baddb readonly.sqlite "read-only"

# Two imports into one file at once: both finish (one waits for the other), and the file holds
# everything, sound.
# 3,000 agencies x 16 years: an import of about half a second, long enough to be killed mid-way.
"$bin" demo --db "$work/demo-source.sqlite" --agencies 3000 --years 2010-2025 >/dev/null 2>&1
"$bin" export --db "$work/demo-source.sqlite" --out "$work/all.csv" >/dev/null 2>&1
head -3000 "$work/all.csv" >"$work/part1.csv"
{ head -1 "$work/all.csv"; tail -n +3001 "$work/all.csv"; } >"$work/part2.csv"
both=$work/both.sqlite
"$bin" import "$work/part1.csv" --db "$both" >"$work/o1" 2>&1 &
p1=$!
"$bin" import "$work/part2.csv" --db "$both" >"$work/o2" 2>&1 &
p2=$!
wait $p1 || fail "the first of two imports at once: $(cat "$work/o1")"
wait $p2 || fail "the second of two imports at once: $(cat "$work/o2")"
[ "$(sqlite3 "$both" 'PRAGMA integrity_check')" = ok ] || fail "two imports at once: integrity"
[ "$(sqlite3 "$both" 'SELECT count(*) FROM misuse_report')" -eq "$(($(wc -l <"$work/all.csv") - 1))" ] \
    || fail "two imports at once: not every report is there"
checks=$((checks + 1))
echo "ok: two imports at once"

# kill -9 at random moments of an import: the file is sound, and holds the data as before or
# the complete import, nothing between.
base=$work/base.sqlite
"$bin" import "$work/part1.csv" --db "$base" >/dev/null 2>&1
before_kill=$(sqlite3 "$base" 'SELECT count(*), total(investigations) FROM misuse_report')
complete=$work/complete.sqlite
cp "$base" "$complete"
"$bin" import "$work/all.csv" --db "$complete" >/dev/null 2>&1
after_all=$(sqlite3 "$complete" 'SELECT count(*), total(investigations) FROM misuse_report')
midway=0
# Nothing of the program's is left behind in the temporary folder by a killed import (it makes
# nothing there). SQLite's own temporary files (etilqs_*, the sort runs of an index build) are
# unlinked by SQLite the moment they are opened: a kill between the two leaves one, which is
# SQLite's to avoid, not the program's, and is taken away here.
mkdir "$work/tmp"
for i in $(seq 1 12); do
    victim=$work/victim.sqlite
    rm -f "$victim" "$victim-wal" "$victim-shm"
    cp "$base" "$victim"
    TMPDIR=$work/tmp "$bin" import "$work/all.csv" --db "$victim" >/dev/null 2>&1 &
    pid=$!
    sleep "$(( RANDOM % 2 )).$(( RANDOM % 10 ))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ "$(sqlite3 "$victim" 'PRAGMA integrity_check')" = ok ] || fail "kill -9 #$i: integrity"
    [ -z "$(sqlite3 "$victim" 'PRAGMA foreign_key_check')" ] || fail "kill -9 #$i: foreign keys"
    now=$(sqlite3 "$victim" 'SELECT count(*), total(investigations) FROM misuse_report')
    [ "$now" = "$before_kill" ] || [ "$now" = "$after_all" ] || fail "kill -9 #$i: neither before nor complete: $now"
    [ "$now" = "$before_kill" ] && midway=$((midway + 1))
    rm -f "$work/tmp"/etilqs_*
    [ -z "$(ls -A "$work/tmp")" ] || fail "kill -9 #$i: left $(ls -A "$work/tmp") in the temporary folder"
done
checks=$((checks + 1))
echo "ok: kill -9 of an import, 12 times ($midway killed before the commit, the rest after)"
echo "$checks passed, 0 failed"
