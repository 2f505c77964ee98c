#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts the engine (hangard)
# with its REST API. Extra arguments go to hangard (see hangard --help).
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --workflow --preset default

hangard=build/default/core/hangard/hangard
data_dir=${HANGAR_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/hangar}
cat <<TEXT

Starting hangard (Ctrl+C stops it). Devices register at coap://127.0.0.1:5683 or, with a
PSK credential, coaps://<this machine>:5684. The REST API answers on http://127.0.0.1:7780:

  curl -H "Authorization: Bearer \$(cat $data_dir/api-token)" http://127.0.0.1:7780/api/v1/devices

TEXT
exec "$hangard" --data-dir "$data_dir" "$@"
