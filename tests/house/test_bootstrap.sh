#!/bin/bash
# Every package bootstrap.sh installs is a real package that is installed once it has run. A
# virtual name (one another package provides) is never "installed" by dpkg's count, so
# bootstrap.sh would run apt-get (and ask for sudo) on every run, while the README promises it
# installs only what is missing. Skipped (77) where dpkg-query is not there.
root=${1:?usage: test_bootstrap.sh SOURCE_ROOT}
command -v dpkg-query >/dev/null || { echo "dpkg-query not found: skipped"; exit 77; }
# The names between "packages=(" or "packages+=(" and the closing parenthesis, over lines.
names=$(awk '/packages\+?=\(/ { on = 1; sub(/.*packages\+?=\(/, "") }
              on { line = $0; if (sub(/\).*/, "", line)) on = 0; print line }' "$root/bootstrap.sh" | tr -s ' ' '\n' | grep -v '^$')
[ -n "$names" ] || { echo "no package list found in bootstrap.sh"; exit 1; }
bad=0
for package in $names; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        echo "$package: not installed after bootstrap.sh (${status:-unknown to dpkg}); is it a virtual name?"
        bad=1
    fi
done
[ "$bad" -eq 0 ] && echo "$(echo "$names" | wc -l) packages, each installed"
[ "$bad" -eq 0 ]
