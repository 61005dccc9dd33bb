#!/bin/sh
# e2e-builtin.sh: never a dead kiosk. With its configuration missing or
# broken, a kiosk runs on the content compiled in, with a notice for staff on
# every screen; outside kiosk mode the same configuration is an error (exit 2).
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
printf 'title = "Broken"\ncolour = "red"\n' >"$tmp/broken.conf"

for conf in "$tmp/missing.conf" "$tmp/broken.conf"; do
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$conf" --today 2026-11-22
	expect "Built-in content of 2026-11-22: config broken. Staff: putokaz --check"
	expect "1. Asylum step by step"
	keys 1 4
	expect "Reach the centre in 72 hours"
	expect "Built-in content of"
	keys 0 6 3
	expect "____-__-__"
	[ "$(pane_dead)" = 0 ] || fail "the kiosk ended"
	t kill-server
	"$PUTOKAZ" -c "$conf" </dev/null >/dev/null 2>&1
	[ $? = 2 ] || fail "outside kiosk mode $conf must be an error"
done
# no environment variable points a kiosk at other files: with TZDIR
# pointing nowhere the time zone does not load (so --check fails), but a
# kiosk ignores TZDIR and runs on its real configuration
TZDIR=/nonexistent "$PUTOKAZ" --check >/dev/null 2>&1
[ $? = 2 ] || fail "TZDIR=/nonexistent should break --check"
start 80x24 env TERM=xterm-256color TZDIR=/nonexistent TERMINFO=/nonexistent \
	"$PUTOKAZ" --kiosk --lang en --today 2026-11-22
expect "1. Asylum step by step"
expect_not "Built-in content"
t kill-server
echo "e2e-builtin: all passed"
