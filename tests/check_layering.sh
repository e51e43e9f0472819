#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers hold: the store is reached through core/store alone (no SQLite API, no SQL text, no statement run
# outside it, in core, ui or app), and core never uses Qt Widgets. Each breach is named by file and line.
#   tests/check_layering.sh PROJECT_DIR
set -uo pipefail
cd "${1:?usage: $0 PROJECT_DIR}" || exit 2

found=0
breach() { # what, pattern, dirs...
    local what=$1 pattern=$2
    shift 2
    local hits
    hits=$(grep -rnE --include='*.cpp' --include='*.h' -e "$pattern" "$@" | grep -v '^core/store/')
    if [[ -n $hits ]]; then
        echo "$what:"
        echo "$hits" | sed 's/^/  /'
        found=1
    fi
}

breach "the SQLite API outside core/store" 'sqlite3[_.]|<sqlite3' core ui app
breach "SQL text outside core/store" '"(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|WITH) ' core ui app
breach "a statement run outside core/store" 'QSqlQuery|QSqlRecord|sql::(run|scalar|Query)' core ui app
breach "Qt Widgets in core" '#include <(QtWidgets|QWidget|QApplication|QDialog|QMainWindow)' core

if ((found)); then
    exit 1
fi
echo "layers hold: the store behind core/store, core without widgets"
