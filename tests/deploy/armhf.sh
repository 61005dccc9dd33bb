#!/bin/sh
# tests/deploy/armhf.sh TOP: 32-bit. In a Debian 12 tree of its own (kept
# in TOP/_ci/tree-armhf; this machine gets no foreign architecture), putokaz
# is built natively and cross-built for armhf (Raspberry Pi OS 32-bit); the
# armhf unit tests run under qemu-arm-static -L (no binfmt), and --calc
# (dates after 19 January 2038 too) and --export all of both builds must be
# the same, byte for byte.
set -eu
top=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PUTOKAZ_DEPLOY_NS:-}" ]; then
	PUTOKAZ_DEPLOY_NS=1 exec unshare --mount --propagation private sh "$0" "$@"
fi
R=$top/_ci/tree-armhf
fail() {
	echo "armhf: FAIL: $*" >&2
	exit 1
}
in_tree() {
	chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
		DEBIAN_FRONTEND=noninteractive "$@"
}
native="build-essential autoconf automake autopoint gettext pkg-config libncurses-dev
	libconfuse-dev libfribidi-dev check"
cross="crossbuild-essential-armhf libncurses-dev:armhf libconfuse-dev:armhf
	libfribidi-dev:armhf check:armhf qemu-user-static"
want=$(echo $native $cross)
mount -t proc proc "$(mkdir -p "$R" && echo "$R")/proc" 2>/dev/null || true
if [ ! -f "$R/.putokaz-armhf" ] || [ "$(cat "$R/.putokaz-armhf")" != "$want" ]; then
	umount "$R/proc" 2>/dev/null || true
	sh "$here/tree.sh" "$top/_ci/tree"
	rm -rf "$R"
	cp -a "$top/_ci/tree" "$R"
	mount -t proc proc "$R/proc"
	in_tree dpkg --add-architecture armhf
	in_tree apt-get -q update >"$R.log" 2>&1 || { cat "$R.log"; fail "apt-get update"; }
	# shellcheck disable=SC2086
	in_tree apt-get -y -q install --no-install-recommends $native $cross >>"$R.log" 2>&1 ||
		{ tail -n 30 "$R.log"; fail "installing the cross toolchain"; }
	in_tree apt-get clean
	echo "$want" >"$R/.putokaz-armhf"
fi
mount --bind /dev "$R/dev"

rm -rf "$R/build"
mkdir -p "$R/build/src"
git -C "$top" archive HEAD | tar -x -C "$R/build/src"
in_tree sh -c 'cd /build/src && ./autogen.sh' >"$R/build/autogen.log" 2>&1 ||
	{ cat "$R/build/autogen.log"; fail "autogen"; }
for b in native armhf; do
	host=
	[ $b = armhf ] && host=--host=arm-linux-gnueabihf
	in_tree sh -c "mkdir -p /build/$b && cd /build/$b && /build/src/configure -q --enable-werror $host &&
		make -j2 -s && make -s tests/check_putokaz" >"$R/build/$b.log" 2>&1 ||
		{ tail -n 30 "$R/build/$b.log"; fail "$b build"; }
done
file "$R/build/armhf/src/putokaz" | grep -q 'ARM, EABI5' || fail "not an armhf binary"
grep -q '_TIME_BITS=64' "$R/build/armhf/config.log" || fail "armhf: no -D_TIME_BITS=64"
qemu="qemu-arm-static -L /usr/arm-linux-gnueabihf"
# CK_FORK=no: Check's forked test processes crash qemu-user (a fault in the
# emulator, not in the tests, which pass in one process)
in_tree sh -c "cd /build/armhf && CK_FORK=no $qemu tests/check_putokaz" >"$R/build/check-armhf.log" 2>&1 ||
	{ tail -n 30 "$R/build/check-armhf.log"; fail "armhf unit tests under qemu"; }
grep '%: Checks' "$R/build/check-armhf.log"
# the same questions to both builds
run() {
	b=$1
	shift
	p=/build/$b/src/putokaz
	[ $b = armhf ] && p="$qemu $p"
	in_tree sh -c "$p -c /build/src/data/putokaz.conf --localedir /build/$b/po/locale $*"
}
n=0
for args in \
	"--calc registration=2026-03-27T10:00 decision=2026-01-31" \
	"--calc registration=2038-01-18T10:00" \
	"--calc decision=2038-01-19 application=2038-01-19" \
	"--calc decision=2040-02-28 temporary-residence=2041-12-31" \
	"--calc decision=2099-12-30 asylum-granted=2106-02-07" \
	"--export all --today 2026-11-22" \
	"--export all --today 2038-02-01" \
	"--export all --format html --today 2039-06-01"; do
	# English only: under qemu-user the catalogue probe's forked child
	# crashes, so another language would be refused there (not on a Pi)
	run native "$args" >"$R/build/out-native" 2>&1 || true
	# qemu-user crashes in a forked child (the catalogue probe's, as in
	# Check's fork mode) and says so itself: its own lines are left out
	run armhf "$args" 2>&1 | grep -v '^qemu: uncaught target signal' >"$R/build/out-armhf" || true
	cmp -s "$R/build/out-native" "$R/build/out-armhf" ||
		{ diff "$R/build/out-native" "$R/build/out-armhf" | head -n 20; fail "$args: armhf differs"; }
	[ -s "$R/build/out-native" ] || fail "$args: no output"
	n=$((n + 1))
done
echo "armhf: ok: $n outputs the same as the native build, byte for byte"
