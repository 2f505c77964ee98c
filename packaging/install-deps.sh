#!/usr/bin/env bash
# Installs every Debian 12 package that Hangar's build, app, tests and benchmarks need.
# Idempotent and non-interactive; returns quickly when everything is already present.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libgl-dev libglx-dev libxkbcommon-dev
  # protocol, storage, crypto
  libcoap3-dev libcoap3-bin libmbedtls-dev libsqlite3-dev libzstd-dev
  # GUI charts
  libqcustomplot-dev
  # tests
  catch2 xvfb xauth
  # fuzzing: clang 16 (std::expected with libstdc++ 12) and its libFuzzer and sanitizer runtimes
  clang-16 libclang-rt-16-dev
  # packaging tests: cpack's DEB with dpkg-shlibdeps, and the validators of what it installs
  dpkg-dev desktop-file-utils appstream systemd
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
