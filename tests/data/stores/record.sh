#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Records the store fixture of one schema version with that version's own tools:
#   tests/data/stores/record.sh VERSION COMMIT
# COMMIT is checked out in a scratch worktree (RECORD_WORKTREE, default ../old-store beside this checkout, reused from
# one version to the next so that only what changed is rebuilt), its dispatchctl and record_work.cpp are built against
# its dispatch_core, and a new store is made there:
#   dispatchctl init --db STORE --demo [--district simao]
#   dispatchctl import --db STORE --profile resources/import/sf-fire-calls.json CAD.csv   (when the version has import;
#                                           CAD.csv is the header and first 12 rows of tests/data/sf/sf_fire_calls_2020-04.csv)
#   dispatchctl generate --db STORE --incidents 6 --days 1 --seed 110                    (when the version has generate)
#   record_work STORE                                     (calls, dispatch, transfer, supervision, handover as offered)
#   dispatchctl check --db STORE                          (must pass)
# The store is written as SQL text to store-vVERSION.sql beside this script: its application_id and user_version,
# then `sqlite3 STORE .dump`. An existing fixture is never overwritten (fixtures are frozen).
# Remove the scratch worktree afterwards: git worktree remove RECORD_WORKTREE.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 VERSION COMMIT" >&2
    exit 2
fi
version=$1
commit=$2
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
scratch=${RECORD_WORKTREE:-$(cd "$repo/.." && pwd)/old-store}
out="$here/store-v$version.sql"

if [[ -e $out ]]; then
    echo "$out exists; fixtures are frozen, not recorded again" >&2
    exit 1
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (Debian package sqlite3)" >&2; exit 1; }

full=$(git -C "$repo" rev-parse --verify "$commit^{commit}")
if [[ -d $scratch ]]; then
    if [[ -n $(git -C "$scratch" status --porcelain --untracked-files=no) ]]; then
        echo "$scratch has local changes; not switching it to $commit" >&2
        exit 1
    fi
    git -C "$scratch" checkout --quiet --detach "$full"
else
    git -C "$repo" worktree add --detach "$scratch" "$full"
fi

declared=$(sed -n 's/.*kSchemaVersion = \([0-9]*\);.*/\1/p' "$scratch/core/store/Database.h")
if [[ $declared != "$version" ]]; then
    echo "commit $commit writes schema $declared, not $version" >&2
    exit 1
fi

build="$scratch/build-old"
# From 39b2275 (before schema 19) the programs are built at build/app/<program>, their build trees beside them;
# before, build/app/dispatchctl was the program's build tree. A build tree of the other layout is cleared first.
if grep -q 'dispatchctl\.build' "$scratch/app/CMakeLists.txt"; then
    ctl="$build/app/dispatchctl"
    if [[ -d $ctl ]]; then rm -rf "$ctl"; fi
else
    ctl="$build/app/dispatchctl/dispatchctl"
    if [[ -f $build/app/dispatchctl ]]; then rm -f "$build/app/dispatchctl"; fi
fi
cmake -S "$scratch" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DWITH_GUI=OFF -DWITH_TESTS=OFF -DWITH_BENCHMARKS=OFF \
    -DCMAKE_PROJECT_INCLUDE="$here/record_work.cmake" \
    -DRECORD_WORK_SOURCE="$here/record_work.cpp" -DRECORD_SCHEMA="$version" >/dev/null
nice -n 15 cmake --build "$build" --target dispatchctl record_work

work="$build/record_work"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
store="$tmp/store.sqlite"
commands=$("$ctl" --help)
has() { grep -qE "^  $1 " <<<"$commands"; }

# From schema 23 on, dispatchctl administers only after an administrator signs in (the demo's admin, its password on
# the first line of standard input).
signin=()
if "$ctl" import --help 2>/dev/null | grep -q -- '--admin'; then signin=(--admin admin); fi
(
    cd "$scratch"
    # The fixtures are of the seed-003 district; from the version with two demos on, it is asked for by name.
    district=()
    if "$ctl" init --help 2>/dev/null | grep -q -- '--district'; then district=(--district simao); fi
    "$ctl" init --db "$store" --demo "${district[@]}"
    if has import; then
        head -n 13 tests/data/sf/sf_fire_calls_2020-04.csv >"$tmp/cad.csv"
        printf 'admin110\n' | "$ctl" import --db "$store" "${signin[@]}" --profile resources/import/sf-fire-calls.json "$tmp/cad.csv"
    fi
    if has generate; then
        printf 'admin110\n' | "$ctl" generate --db "$store" "${signin[@]}" --incidents 6 --days 1 --seed 110
    fi
    "$work" "$store"
    "$ctl" check --db "$store"
)

{
    echo "-- A store written by schema version $version: recorded by tests/data/stores/record.sh from commit $full"
    echo "-- (see tests/data/stores/README.md). Frozen: never edit."
    echo "PRAGMA application_id = $(sqlite3 "$store" 'PRAGMA application_id');"
    echo "PRAGMA user_version = $(sqlite3 "$store" 'PRAGMA user_version');"
    sqlite3 "$store" .dump
} >"$out"
echo "recorded $out ($(wc -c <"$out") bytes) from $full"
