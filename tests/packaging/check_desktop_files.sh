#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo as the package installs them, and that
# they agree with each other and with the installed program and icon.
# Usage: check_desktop_files.sh ROOT VERSION   (ROOT: the unpacked package)
set -euo pipefail
root=$1
version=$2
desktop=$root/usr/share/applications/hangar.desktop
metainfo=$root/usr/share/metainfo/io.github.hangar.hangar.metainfo.xml

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (packaging/install-deps.sh installs it)"
        exit 77
    fi
done

problems=0
problem() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}

# Both validators exit 0 on warnings and hints: any output is a finding.
validate() {
    local output
    if ! output=$("$@" 2>&1) || [[ -n $output && $output != *"Validation was successful."* ]]; then
        problem "$* reports:"$'\n'"$output"
    fi
}
validate desktop-file-validate "$desktop"
# validate-tree also checks that the metainfo's launchable has its .desktop file in the tree;
# --strict fails on warnings, not only on errors.
validate appstreamcli validate-tree --no-net --strict "$root"

key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
exec_program=$(key Exec | awk '{print $1}')
[[ -x $root/usr/bin/$exec_program ]] || problem "Exec=$exec_program: no such program in usr/bin"
icon=$(key Icon)
[[ -f $root/usr/share/icons/hicolor/scalable/apps/$icon.svg ]] ||
    problem "Icon=$icon: no $icon.svg in the hicolor theme"

launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
[[ $launchable == "$(basename "$desktop")" ]] ||
    problem "metainfo launchable '$launchable' is not the installed $(basename "$desktop")"
# Software centres show the newest release as the installed version.
newest_release=$(sed -n 's:.*<release version="\([^"]*\)".*:\1:p' "$metainfo" | head -n 1)
[[ $newest_release == "$version" ]] ||
    problem "metainfo's newest release is '$newest_release', the package is $version"

if [[ $problems -gt 0 ]]; then
    exit 1
fi
echo "desktop entry and metainfo valid and consistent"
