#!/bin/bash
# The translation catalogue holds every string of the program, each in the context the program
# looks it up in:
# - lupdate warns of no project file. Its warnings name a tr() whose context it had to guess
#   ("Class 'cac::X' lacks Q_OBJECT macro"): such a string is filed under a context the program
#   never asks for, and its translation would never be shown.
# - The committed catalogue is what lupdate makes of the sources now (else: `cmake --build build
#   --target update_translations`, and commit the .ts).
root=${1:?usage: test_translations.sh SOURCE_ROOT LUPDATE}
lupdate=${2:?usage: test_translations.sh SOURCE_ROOT LUPDATE}
cd "$root" || exit 1
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
sources=$(find db app ui -name '*.cpp' -o -name '*.h'; echo program/*.cpp)
bad=0
for ts in translations/*.ts; do
    cp "$ts" "$work/now.ts"
    # shellcheck disable=SC2086 # one word per file
    "$lupdate" -I "$root" $sources -ts "$work/now.ts" -no-obsolete -locations none >"$work/log" 2>&1
    if grep -E "^($root/)?(db|app|ui|program)/" "$work/log"; then
        echo "lupdate warns about the files above ($ts)"
        bad=1
    fi
    if ! cmp -s "$ts" "$work/now.ts"; then
        diff "$ts" "$work/now.ts" | head -40
        echo "$ts is not what lupdate makes of the sources: cmake --build build --target update_translations"
        bad=1
    fi
done
[ "$bad" -eq 0 ] && echo "every string is in the catalogue, in the context the program asks for"
[ "$bad" -eq 0 ]
