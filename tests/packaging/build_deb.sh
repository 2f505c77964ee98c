#!/usr/bin/env bash
# Builds the Debian package from the build tree as `cpack -G DEB` does for a release, and
# unpacks it: the other packaging tests read the .deb and the unpacked tree.
# Usage: build_deb.sh CPACK_CONFIG OUT_DIR
set -euo pipefail
cpack_config=$1
out_dir=$2

rm -rf "$out_dir"
mkdir -p "$out_dir"
start=$SECONDS
cpack -G DEB -B "$out_dir" --config "$cpack_config"

debs=("$out_dir"/*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
    echo "expected exactly one .deb in $out_dir, found: ${debs[*]}" >&2
    exit 1
fi
dpkg-deb -x "${debs[0]}" "$out_dir/root"
# Not needed any more, and the largest part of the output directory.
rm -rf "$out_dir/_CPack_Packages"
echo "built $(basename "${debs[0]}") ($(du -k "${debs[0]}" | cut -f1) KiB) in $((SECONDS - start)) s"
