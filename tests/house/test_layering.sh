#!/usr/bin/env bash
# The arrows point one way: ui -> app -> db. Fails on any upward include: db/ including app/,
# ui/ or a widget header; app/ including ui/ or a widget header. Only program/ (the entry point)
# puts the layers together. Usage: test_layering.sh SOURCE_DIR
set -euo pipefail
cd "$1"
widgets='Q(Widget|MainWindow|Dialog|Chart[A-Za-z]*|AbstractButton|PushButton|LineEdit|TableView|MessageBox|FileDialog|Menu|Action)\b|QtWidgets|QtCharts'
failed=0
check() {
    local layer=$1 pattern=$2
    local hits
    hits=$(grep -rnE "#include *[<\"]($pattern)" "$layer" --include='*.h' --include='*.cpp' || true)
    if [ -n "$hits" ]; then
        echo "FAIL: $layer/ includes what is above it:" >&2
        echo "$hits" >&2
        failed=$((failed + 1))
    else
        echo "ok: $layer/ includes nothing above it"
    fi
}
check db "app/|ui/|program/|$widgets"
check app "ui/|program/|$widgets"
check ui "program/"
echo "$((3 - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
