#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package a centre installs on each desk PC: built from the tree by CPack, it holds both programs, the
# desktop entry, its icon, the AppStream metadata and the manual pages, and each of those validates.
#   tests/check_package.sh BUILD_DIR PROJECT_DIR
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR PROJECT_DIR}
project=${2:?usage: $0 BUILD_DIR PROJECT_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$project/resources/packaging/org.dispatchdesk.Dispatcher.desktop"
appstreamcli validate --no-net --explain "$project/resources/packaging/org.dispatchdesk.Dispatcher.metainfo.xml"
for page in dispatchctl.1 dispatcher.1; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -E UTF-8 -l "$project/resources/packaging/$page" 2>&1 >/dev/null)
    if [[ -n $warnings ]]; then
        echo "$page: $warnings"
        exit 1
    fi
done

(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/dispatch-desk_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/dispatcher ./usr/bin/dispatchctl \
    ./usr/share/applications/org.dispatchdesk.Dispatcher.desktop \
    ./usr/share/metainfo/org.dispatchdesk.Dispatcher.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.dispatchdesk.Dispatcher.svg \
    ./usr/share/man/man1/dispatchctl.1.gz ./usr/share/man/man1/dispatcher.1.gz \
    ./usr/share/doc/dispatch-desk/LICENSE; do
    if ! grep -q " $path\$" <<<"$contents"; then
        echo "$(basename "$deb") lacks $path"
        exit 1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-psql libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk libqt6core6; do
    if [[ $depends != *"$needed"* ]]; then
        echo "$(basename "$deb") does not depend on $needed: $depends"
        exit 1
    fi
done
echo "$(basename "$deb"): $(wc -l <<<"$contents") entries; Depends: $depends"
