#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and launches the desktop app
# (hangar) on its embedded engine with the demo fleet of simulated devices. Extra arguments go
# to hangar (see hangar --help). Without a display (or with HANGAR_HEADLESS=1) it starts the
# engine (hangard) with its REST API and a small simulated plant fleet (hangar-sim) instead;
# HANGAR_DEMO_DEVICES sets that fleet's size (default 50; 0 starts no fleet).
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --workflow --preset default

if [[ -z "${HANGAR_HEADLESS:-}" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
    exec build/default/app/hangar --demo "$@"
fi

hangard=build/default/core/hangard/hangard
simulator=build/default/device-sim/cli/hangar-sim
data_dir=${HANGAR_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/hangar}
demo_devices=${HANGAR_DEMO_DEVICES:-50}

ready_file=$(mktemp)
# Its own session: Ctrl+C reaches the simulator first, which de-registers while hangard still
# serves; hangard is stopped (and flushes) when this script ends.
setsid "$hangard" --data-dir "$data_dir" "$@" > "$ready_file" 2>&1 &
hangard_pid=$!
stop_hangard() {
    kill -INT "$hangard_pid" 2>/dev/null || true
    wait "$hangard_pid" 2>/dev/null || true
    rm -f "$ready_file"
}
trap stop_hangard EXIT

for _ in $(seq 300); do
    grep -q "hangard ready" "$ready_file" && break
    if ! kill -0 "$hangard_pid" 2>/dev/null; then
        cat "$ready_file" >&2
        exit 1
    fi
    sleep 0.1
done
head -n 1 "$ready_file"
coap=$(sed -n 's/^hangard ready: coap \([^,]*\),.*/\1/p' "$ready_file")
api=$(sed -n 's/.* api \(http:[^ ]*\).*/\1/p' "$ready_file")

cat <<TEXT

Devices register at coap://${coap:-off} or, with a PSK credential, on the coaps endpoint.
The REST API answers on ${api:-(off)}:

  curl -H "Authorization: Bearer \$(cat $data_dir/api-token)" ${api:-http://127.0.0.1:7780}/api/v1/devices

TEXT
if [[ "$demo_devices" -gt 0 && -n "$coap" && "$coap" != off ]]; then
    echo "Starting a demo fleet of $demo_devices simulated devices (Ctrl+C stops both)."
    "$simulator" --server "coap://$coap" --count "$demo_devices" --endpoint-prefix demo- \
        --stats-interval 30 || true
else
    echo "hangard is running (Ctrl+C stops it)."
    # Ctrl+C does not reach hangard's own session: end the wait and let the trap stop it.
    trap 'exit 0' INT TERM
    while kill -0 "$hangard_pid" 2>/dev/null; do sleep 1; done
fi
