#!/bin/sh
# tests/deploy/cage.sh BUILD SRC: the cage+foot kiosk (data/putokaz-cage@.service)
# with wlroots' headless backend: cage, as an unprivileged user (it refuses
# root), runs foot, which runs putokaz in Farsi with --bidi=app; grim takes
# a screenshot, which must show text (light pixels on foot's dark ground).
# Everything lives in a temporary folder; the screenshot is kept as
# BUILD/cage.png.
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
fail() {
	echo "cage: FAIL: $*" >&2
	exit 1
}
tmp=$(mktemp -d)
cage_pid=
trap '[ -z "$cage_pid" ] || kill "$cage_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
# the guide where the unprivileged user can read it: the site file and the
# content in one folder, the catalogues beside
mkdir -p "$tmp/site" "$tmp/run"
cp "$src"/data/*.conf "$tmp/site/"
cp -r "$src/screens" "$tmp/site/"
cp -r "$build/po/locale" "$tmp/locale"
cp "$build/src/putokaz" "$tmp/putokaz"
chmod -R a+rX "$tmp"
chown 65534 "$tmp/run"
chmod 700 "$tmp/run"
as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin \
		XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/run" LANG=C.UTF-8 "$@"
}
# started directly (not through a function in a subshell), so that $! is cage
setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin \
	XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/run" LANG=C.UTF-8 \
	WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
	cage -- foot "$tmp/putokaz" -c "$tmp/site/putokaz.conf" --localedir "$tmp/locale" \
	--kiosk --bidi=app --lang fa --today 2026-11-22 >"$tmp/cage.log" 2>&1 &
cage_pid=$!
i=0
until [ -S "$tmp/run/wayland-0" ]; do
	i=$((i + 1))
	[ $i -lt 50 ] || { cat "$tmp/cage.log"; fail "cage did not start"; }
	sleep 0.2
done
# light pixels per 1000 in the screenshot FILE: foot's text on its dark ground
light() {
	python3 - "$1" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
parts = data.split(maxsplit=4)
w, h = int(parts[1]), int(parts[2])
px = parts[4][:w * h * 3]
print(sum(1 for i in range(0, len(px), 3) if px[i] + px[i + 1] + px[i + 2] > 384) * 1000 // (w * h))
PY
}
# screenshots until putokaz has drawn its screen (up to 20 s)
i=0
while :; do
	sleep 1
	kill -0 "$cage_pid" 2>/dev/null || { cat "$tmp/cage.log"; fail "cage ended"; }
	as_nobody WAYLAND_DISPLAY=wayland-0 grim -t ppm "$tmp/run/shot.ppm" ||
		{ cat "$tmp/cage.log"; fail "grim took no screenshot"; }
	light=$(light "$tmp/run/shot.ppm")
	i=$((i + 1))
	[ "$light" -lt 5 ] && [ $i -lt 20 ] || break
done
as_nobody WAYLAND_DISPLAY=wayland-0 grim "$tmp/run/shot.png" && cp "$tmp/run/shot.png" "$build/cage.png"
[ "$light" -ge 5 ] || fail "the screenshot shows no text (${light} light pixels per 1000)"
echo "cage: ok: cage+foot headless shows putokaz (${light} light pixels per 1000, $build/cage.png)"
