#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests that run against both engines (CTest starts it
# before them and stops it after them: the fixture postgres_server in tests/CMakeLists.txt).
#   server.sh start STATE  makes a cluster in a new folder under /tmp, listening only on a Unix
#                          socket in that folder (no TCP at all), and writes STATE: the libpq
#                          keyword=value string of its "postgres" database, as a superuser
#   server.sh stop STATE   stops that server and removes its folder and STATE
# The folder is under /tmp, not the build tree: a socket's path must stay under 108 bytes, and
# the "postgres" user must be able to reach it.
# initdb refuses root: as root the cluster and the server belong to the "postgres" user (with
# runuser) and the tests connect as that user over the socket; as anyone else, to that user.
set -euo pipefail
command=${1:-}
state=${2:-}
[ -n "$command" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE" >&2; exit 2; }
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed ($bin/initdb is missing)" >&2; exit 1; }

as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    as_owner=(runuser -u postgres --)
fi

case "$command" in
start)
    dir=$(mktemp -d /tmp/cac-pg.XXXXXX)
    printf '%s\n' "$dir" >"$state.dir"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    chmod 700 "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # listen_addresses='' : no TCP socket; the only way in is the Unix socket in $dir.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off -c max_connections=200" start
    printf 'host=%s user=%s dbname=postgres\n' "$dir" "$owner" >"$state"
    ;;
stop)
    [ -f "$state.dir" ] || exit 0
    dir=$(cat "$state.dir")
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -w -s -m fast stop || true
    fi
    rm -rf "$dir" "$state" "$state.dir"
    ;;
*) echo "usage: $0 start|stop STATE" >&2; exit 2 ;;
esac
