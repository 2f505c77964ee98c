#!/usr/bin/env bash
# Checks the hangard systemd unit as the package installs it: systemd accepts every line, it runs
# the installed hangard as the user that the package's sysusers file creates, on a data dir that
# user owns, and its sandbox stays tight.
# Usage: check_unit.sh ROOT WORK_DIR   (ROOT: the unpacked package)
set -euo pipefail
root=$1
work_dir=$2
unit=$root/usr/lib/systemd/system/hangard.service
sysusers=$root/usr/lib/sysusers.d/hangar.conf

if ! command -v systemd-analyze >/dev/null; then
    echo "SKIP: systemd-analyze is not installed (packaging/install-deps.sh installs systemd)"
    exit 77
fi

problems=0
problem() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}
setting() { sed -n "s/^$1=//p" "$unit"; }

exec_start=$(setting ExecStart)
program=${exec_start%% *}
[[ $program == /usr/bin/hangard ]] || problem "ExecStart runs '$program', not /usr/bin/hangard"
[[ -x $root$program ]] || problem "ExecStart's $program is not in the package"

# systemd-analyze verify checks that ExecStart's program exists on this machine, where the package
# is not installed: verify a copy that points into the unpacked package instead.
rm -rf "$work_dir"
mkdir -p "$work_dir"
sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$unit" >"$work_dir/hangard.service"
# It exits 0 on unknown keys and unparsable values, printing them: any output is a finding.
if ! output=$(systemd-analyze verify "$work_dir/hangard.service" 2>&1) || [[ -n $output ]]; then
    problem "systemd-analyze verify reports:"$'\n'"$output"
fi

# The user: what the postinst's "systemd-sysusers hangar.conf" creates, run on an empty root.
sysroot=$work_dir/sysroot
mkdir -p "$sysroot/etc" "$sysroot/usr/lib/sysusers.d"
cp "$sysusers" "$sysroot/usr/lib/sysusers.d/"
systemd-sysusers --root="$sysroot" "$(basename "$sysusers")"
IFS=: read -r user _ _ _ _ home shell <"$sysroot/etc/passwd" || true
[[ -n $user ]] || problem "$sysusers creates no user"
[[ $shell == */nologin ]] || problem "the system user $user has a login shell: $shell"
[[ $(setting User) == "$user" ]] || problem "User=$(setting User), sysusers creates '$user'"
cut -d: -f1 "$sysroot/etc/group" | grep -qx -- "$(setting Group)" ||
    problem "Group=$(setting Group) is not a group that sysusers creates"

# The data dir: StateDirectory=NAME makes /var/lib/NAME, owned by User= and Group=.
data_dir=$(sed -nE 's/.*--data-dir[ =]([^ ]+).*/\1/p' <<<"$exec_start")
state_dir=/var/lib/$(setting StateDirectory)
[[ $data_dir == "$state_dir" ]] ||
    problem "hangard's --data-dir '$data_dir' is not the StateDirectory $state_dir"
[[ $home == "$state_dir" ]] || problem "the user's home '$home' is not the data dir $state_dir"

declare -A hardening=(
    [NoNewPrivileges]=yes [ProtectSystem]=strict [ProtectHome]=yes [PrivateTmp]=yes
    [PrivateDevices]=yes [CapabilityBoundingSet]="" [RestrictSUIDSGID]=yes [UMask]=0077
)
for name in "${!hardening[@]}"; do
    grep -qx -- "$name=${hardening[$name]}" "$unit" ||
        problem "no '$name=${hardening[$name]}' line (has: '$(setting "$name")')"
done
# systemd's own score, 0 (locked down) to 10; --threshold is in tenths.
if ! systemd-analyze security --offline=yes --threshold=20 --no-pager \
        "$work_dir/hangard.service" >"$work_dir/security.txt" 2>&1; then
    problem "exposure score above 2.0: $(tail -n 1 "$work_dir/security.txt")"
fi
tail -n 1 "$work_dir/security.txt"

if [[ $problems -gt 0 ]]; then
    exit 1
fi
echo "hangard.service: valid, runs as $user on $data_dir"
