#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts what there is to run.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --workflow --preset default

build=build/default
cat <<TEXT

Hangar is built in $build. The engine (hangard), the desktop app (hangar) and the simulator
(hangar-sim) arrive with the next milestones; what runs today:

  $build/bench/codec_bench --quick        LwM2M codec encode/decode rates
  $build/bench/transport_bench --quick    CoAP/DTLS transport round trips vs raw UDP
  ctest --preset default                  the test suite (after: cmake --workflow --preset ci)
TEXT
