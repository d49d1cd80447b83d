#!/usr/bin/env bash
# Fails when a translation is unfinished, or when the sources hold words the .ts files do not:
# lupdate is run on a copy of each .ts (the checked-in files stay as they are).
#   check_translations.sh LUPDATE SOURCE_DIR AUTOGEN_INCLUDE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
autogen=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
cd "$source_dir"
for ts in resources/translations/cartera_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none -I src -I "$autogen" src/app src/report ui \
        -ts "$copy" >/dev/null
    # Unfinished: a new or changed source text; an empty translation counts too.
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    empty=$(grep -c '<translation></translation>\|<numerusform></numerusform>' "$copy" || true)
    if [[ "$unfinished" != 0 || "$empty" != 0 ]]; then
        echo "$ts: $unfinished unfinished and $empty empty translations; run" \
            "'cmake --build build --target update_translations' and translate them:" >&2
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | head -20 >&2
        status=1
    fi
    if ! diff -q <(grep -c '<message' "$ts") <(grep -c '<message' "$copy") >/dev/null; then
        echo "$ts: out of date with the sources (messages came or went)" >&2
        status=1
    fi
    echo "$ts: $(grep -c '<message' "$copy") messages, all translated"
done
exit $status
