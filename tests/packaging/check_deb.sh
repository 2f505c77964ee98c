#!/usr/bin/env bash
# Checks what the Debian package built by build_deb.sh installs and declares.
# Usage: check_deb.sh OUT_DIR GUI(ON|OFF) VERSION
set -euo pipefail
out_dir=$1
gui=$2
version=$3
deb=$(echo "$out_dir"/*.deb)

problems=0
problem() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}

contents=$(dpkg-deb -c "$deb" | awk '{print $1, $6}')
echo "$contents"
mode_of() { awk -v p="./$1" '$2 == p {print $1}' <<<"$contents"; }

expect_file() { # path mode
    local mode
    mode=$(mode_of "$1")
    if [[ -z $mode ]]; then
        problem "$1 is not in the package"
    elif [[ $mode != "$2" ]]; then
        problem "$1 has mode $mode, expected $2"
    fi
}
expect_absent() {
    [[ -z $(mode_of "$1") ]] || problem "$1 is in the package although the build has no desktop app"
}

programs=(usr/bin/hangard usr/bin/hangar-sim)
desktop_files=(
    usr/share/applications/hangar.desktop
    usr/share/metainfo/io.github.hangar.hangar.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/hangar.svg
)
if [[ $gui == ON ]]; then
    programs+=(usr/bin/hangar)
    for f in "${desktop_files[@]}"; do expect_file "$f" -rw-r--r--; done
else
    # A menu entry or a software-centre page for a program that is not installed is broken.
    expect_absent usr/bin/hangar
    for f in "${desktop_files[@]}"; do expect_absent "$f"; done
fi
for p in "${programs[@]}"; do
    expect_file "$p" -rwxr-xr-x
    # CPACK_STRIP_FILES: unstripped, the RelWithDebInfo programs make a 75 MB package, not 3 MB.
    if [[ ! -f $out_dir/root/$p ]]; then
        problem "$p is not in the unpacked package $out_dir/root"
    elif readelf -S "$out_dir/root/$p" | grep -q '\.debug_info'; then
        problem "$p still has its debug information (not stripped)"
    fi
done
# The installed copies lose the build tree's RPATH: each must still start on its own and report
# the package's version. (Leaks at exit are the sanitizer tests' business, not this one's.)
for p in "${programs[@]}"; do
    name=$(basename "$p")
    said=$(ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen "$out_dir/root/$p" --version 2>&1) ||
        problem "$p --version failed: $said"
    [[ $said == "$name $version" ]] || problem "$p --version says '$said', expected '$name $version'"
done
expect_file usr/lib/systemd/system/hangard.service -rw-r--r--
expect_file usr/lib/sysusers.d/hangar.conf -rw-r--r--

# Maintainer scripts must be executable or dpkg refuses to run them.
control_members=$(dpkg-deb --ctrl-tarfile "$deb" | tar -tvf - | awk '{print $1, $6}')
for script in postinst postrm; do
    grep -qx -- "-rwxr-xr-x ./$script" <<<"$control_members" ||
        problem "control member $script is missing or not executable: $control_members"
done

field() { dpkg-deb -f "$deb" "$1"; }
dpkg-deb -f "$deb"
[[ $(field Package) == hangar ]] || problem "Package is '$(field Package)', expected hangar"
[[ $(field Version) == "$version" ]] || problem "Version is '$(field Version)', expected $version"
arch=$(dpkg --print-architecture)
[[ $(field Architecture) == "$arch" ]] ||
    problem "Architecture is '$(field Architecture)', expected $arch"

# Depends as package names, one per line, without version constraints.
depends=$(field Depends | tr ',' '\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | grep -v '^$')
needed=(libc6 libstdc++6 libqt6core6 libqt6network6 libqt6httpserver6 libcoap3 libsqlite3-0
        adduser)
if [[ $gui == ON ]]; then
    needed+=(libqt6gui6 libqt6widgets6 libqt6svg6)
fi
for name in "${needed[@]}"; do
    grep -qx -- "$name" <<<"$depends" || problem "Depends lacks $name"
done
grep -q -- '-dev$' <<<"$depends" && problem "Depends names a -dev package: $(grep -- '-dev$' <<<"$depends")"
twice=$(sort <<<"$depends" | uniq -d)
[[ -z $twice ]] || problem "Depends names a package twice: $twice"

if [[ $problems -gt 0 ]]; then
    echo "$problems problem(s) in $deb" >&2
    exit 1
fi
echo "$deb: contents and control fields as expected"
