#!/bin/sh
# tests/deploy/booted.sh TOP DEB: the console kiosk unit under a booted
# systemd. Not run by .ci/run (it needs root and takes about a minute and a
# half); run it by hand, as root, after a package build:
#   sh tests/deploy/booted.sh . _ci/deb/putokaz_*_amd64.deb
# The throwaway Debian 12 tree (tests/deploy/tree.sh, kept in TOP/_ci/tree)
# is copied to TOP/_ci/booted/root, DEB is installed in it, and the shipped
# putokaz-kiosk@.service is enabled on the container's console (instance
# "console": /dev/console is the pseudo-terminal systemd-nspawn gives the
# container, shown in a tmux pane of 80x24 here; tty1 needs a real VT) with
# kiosk-timeout = 30. Then `systemd-nspawn -b` boots it (own network
# namespace, nothing registered on this machine) and, from outside through
# nsenter, the test sees:
#  1. the unit active (running) in `systemctl status`, putokaz on screen;
#  2. keys: 1 opens English, 1 opens "Asylum step by step";
#  3. left alone, the kiosk starts over after 30 s (at least 25 s);
#  4. a reload: the site narrows `offer`, putokaz is signalled alone
#     (systemctl kill --kill-whom=main --signal=USR1), the screen loses
#     French, the same process goes on; `systemctl reload` leaves it running;
#  5. never giving up: six crashes (SIGKILL) in a row, it runs again;
#  6. systemctl poweroff ends the container.
# systemd-nspawn runs under `timeout --foreground`: without it, timeout puts
# it in a background process group, the terminal stops it (SIGTTOU) and the
# boot seems to print nothing.
set -eu
export LC_ALL=C.UTF-8
top=$(cd "$1" && pwd)
deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
here=$(cd "$(dirname "$0")" && pwd)
work=$top/_ci/booted
R=$work/root
M=putokaz-booted-$$
unit=putokaz-kiosk@console.service
TMUX_SOCKET=putokaz-booted-$$
start=$(date +%s)

rm -rf "$work"
mkdir -p "$work"
sh "$here/tree.sh" "$top/_ci/tree"
cp -a "$top/_ci/tree" "$R"

nspawn=
init=
cleanup() {
	if [ -n "$nspawn" ] && kill -0 "$nspawn" 2>/dev/null; then
		kill -TERM "$nspawn" 2>/dev/null || true
		i=0
		while kill -0 "$nspawn" 2>/dev/null && [ $i -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -KILL "$nspawn" 2>/dev/null || true
	fi
	[ -z "$init" ] || kill -KILL "$init" 2>/dev/null || true
	t kill-server 2>/dev/null || true
	rmdir "/run/systemd/nspawn/propagate/$M" 2>/dev/null || true
}
trap cleanup EXIT
fail() {
	echo "booted: FAIL: $*" >&2
	t capture-pane -p -t boot >&2 2>/dev/null || true
	exit 1
}
ok() {
	echo "booted: ok: $*"
}
t() {
	tmux -L "$TMUX_SOCKET" -f /dev/null "$@"
}
# in_tree COMMAND...: run it in the tree, not booted
in_tree() {
	timeout 120 systemd-nspawn -q -D "$R" --private-network --register=no --keep-unit "$@"
}
# in_ctr COMMAND...: run it in the booted container, as root
in_ctr() {
	timeout 30 nsenter -t "$init" -a env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
}
# screen_has TEXT: whether TEXT is on the kiosk's screen now
screen_has() {
	t capture-pane -p -t boot | grep -F -q -- "$1"
}
# expect TEXT [SECONDS]: wait until TEXT is on the kiosk's screen
expect() {
	i=0
	while [ $i -lt $((${2:-5} * 10)) ]; do
		screen_has "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "expected on the screen: $1"
}
# main_pid: the kiosk's putokaz, as systemd sees it
main_pid() {
	in_ctr systemctl show -P MainPID "$unit"
}

# ---- the tree: the package, its kiosk unit on the console, a short idle time
in_tree --bind-ro="$deb:/tmp/putokaz.deb" sh -c 'dpkg -i /tmp/putokaz.deb >/dev/null' ||
	fail "the package does not install"
cp "$R/usr/share/putokaz/examples/putokaz-kiosk@.service" "$R/etc/systemd/system/"
in_tree sh -c "systemctl enable $unit && systemctl mask console-getty.service" >/dev/null 2>&1 ||
	fail "the unit cannot be enabled"
echo 'kiosk-timeout = 30' >>"$R/etc/putokaz/putokaz.conf"

# ---- boot
t new-session -d -s boot -x 80 -y 24 \
	"timeout --foreground -k 10 300 systemd-nspawn -q -D '$R' -b --private-network --register=no --keep-unit -M $M; sleep 600"
i=0
while [ -z "$init" ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
	nspawn=$(pgrep -f -n "systemd-nspawn -q -D $R -b" || true)
	[ -z "$nspawn" ] || init=$(pgrep -P "$nspawn" || true)
done
[ -n "$init" ] || fail "systemd-nspawn did not start the container"
expect "Language / Langue" 60
i=0
until [ "$(in_ctr systemctl is-system-running 2>/dev/null || true)" = running ]; do
	[ $i -lt 60 ] || fail "the container's systemd is not running: $(in_ctr systemctl is-system-running)"
	sleep 0.5
	i=$((i + 1))
done
in_ctr systemctl is-active -q "$unit" || fail "$unit is not active"
echo "booted: systemd booted in $(($(date +%s) - start)) s; systemctl status $unit:"
in_ctr systemctl status --no-pager "$unit" | sed 's/^/  /'
ok "the kiosk unit runs under a booted systemd, putokaz on its console"
first=$(main_pid)

# ---- keys
t send-keys -t boot 1
expect "Choose a topic"
t send-keys -t boot 1
expect "Asylum step by step"
ok "keys reach putokaz through the unit's console (1, 1: Asylum step by step)"

# ---- left alone: the kiosk starts over
idle_from=$(date +%s)
expect "Language / Langue" 45
idle=$(($(date +%s) - idle_from))
screen_has "Asylum step by step" && fail "the page is still shown after the idle start-over"
[ "$idle" -ge 25 ] || fail "started over after $idle s, before the site's 30 s"
[ "$(main_pid)" = "$first" ] || fail "the kiosk was restarted instead of starting over"
ok "started over when left alone (after $idle s, kiosk-timeout = 30, same process)"

# ---- reload: the site narrows the languages it offers
screen_has "Français" || fail "French not offered before the change"
echo 'offer = {"en", "sr@latin"}' >>"$R/etc/putokaz/putokaz.conf"
in_ctr systemctl kill --kill-whom=main --signal=USR1 "$unit" || fail "systemctl kill refused"
i=0
while screen_has "Français"; do
	[ $i -lt 50 ] || fail "the reload did not take the site's offer"
	sleep 0.1
	i=$((i + 1))
done
expect "Srpski (latinica)"
[ "$(main_pid)" = "$first" ] || fail "the kiosk was restarted by the reload"
ok "reloaded: French no longer offered, the same process ($first) goes on"
in_ctr systemctl reload "$unit" >/dev/null 2>&1 || true
sleep 2
[ "$(main_pid)" = "$first" ] || fail "systemctl reload ended the kiosk"
t send-keys -t boot 1
expect "Choose a topic"
ok "systemctl reload leaves the kiosk running, keys still work"

# ---- never gives up: six crashes in a row
n=0
while [ $n -lt 6 ]; do
	pid=$(main_pid)
	[ "$pid" != 0 ] && in_ctr kill -KILL "$pid" 2>/dev/null || true
	n=$((n + 1))
	sleep 1.3
done
i=0
until in_ctr systemctl is-active -q "$unit"; do
	[ $i -lt 50 ] || fail "the unit gave up after six crashes: $(in_ctr systemctl is-active "$unit")"
	sleep 0.1
	i=$((i + 1))
done
expect "Language / Langue" 10
restarts=$(in_ctr systemctl show -P NRestarts "$unit")
ok "six crashes in a row: running again ($restarts restarts)"

# ---- poweroff
in_ctr systemctl poweroff || true
i=0
while kill -0 "$nspawn" 2>/dev/null; do
	[ $i -lt 300 ] || fail "the container did not power off"
	sleep 0.1
	i=$((i + 1))
done
ok "powered off; $(($(date +%s) - start)) s in all"
