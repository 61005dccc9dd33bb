#!/bin/sh
# e2e-clock.sh: the clock is read whenever the screen is drawn, not once at
# start. With the clock faked (libfaketime): the calculator's "Today" turns
# over at midnight Belgrade time with no key pressed; the program goes on
# across both clock changes; a jump of years (a Raspberry Pi without a clock
# battery getting network time) shows on the page past its review date and on
# the calculator within seconds, and does not make a kiosk start over early.
# Line mode never prints by itself. Tests of fixed dates keep --today. The
# cases run side by side, each in a tmux server of its own.
. "$(dirname "$0")/lib.sh"

command -v faketime >/dev/null 2>&1 || skip "faketime is not installed"
lib=$(dirname "$(readlink -f "$(command -v faketime)")")/../lib/$(gcc -print-multiarch 2>/dev/null)/faketime/libfaketime.so.1
[ -f "$lib" ] || lib=$(find /usr/lib -name libfaketime.so.1 2>/dev/null | head -n 1)
[ -f "$lib" ] || skip "libfaketime.so.1 not found"
# under AddressSanitizer, libfaketime comes first in the library list
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export ASAN_OPTIONS
tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

# run_at SPEC ARGS...: putokaz in a pane with the clock starting at SPEC (UTC)
run_at() {
	spec=$1
	shift
	start 80x24 env TERM=xterm-256color TZ=UTC LD_PRELOAD="$lib" FAKETIME="$spec" \
		FAKETIME_DONT_FAKE_MONOTONIC=1 "$PUTOKAZ" --lang en "$@"
}

# set_clock FILE TIME: the clock read from FILE shows TIME (UTC) and runs on
# (renamed into place: the file is read at every look at the clock)
set_clock() {
	echo "$(($(date -u -d "$2" +%s) - $(date +%s)))" | sed 's/^[0-9]/+&/' >"$1.new"
	mv "$1.new" "$1"
}

# midnight: 23:59:50 in Belgrade is 22:59:50 UTC in winter; once Thursday
# is shown, the clock is set on to 2 s before midnight (no 10 s wait)
midnight() {
	set_clock "$tmp/midnight" "2026-12-31 22:59:50"
	start 80x24 env TERM=xterm-256color TZ=UTC LD_PRELOAD="$lib" \
		FAKETIME_TIMESTAMP_FILE="$tmp/midnight" FAKETIME_NO_CACHE=1 \
		FAKETIME_DONT_FAKE_MONOTONIC=1 "$PUTOKAZ" --lang en
	keys 6
	expect "Today: Thursday 31 December 2026"
	set_clock "$tmp/midnight" "2026-12-31 22:59:58"
	expect_within 9 "Today: Friday 1 January 2027"
}

# the clocks go forward (02:00 CET is 03:00 CEST) and back (03:00 CEST is 02:00 CET)
dst() {
	run_at "$1"
	keys 6
	expect "Today: Sunday"
	sleep 7
	[ "$(pane_dead)" = 0 ] || fail "$1: the clock change ended it"
	keys 1
	expect "____-__-__ __:__"
}

# a jump of years, in a kiosk: from 1970 to a date past the pages' review date
# and back (a clock that stands still, changed from outside)
jump() {
	echo "1970-01-01 12:00:00" >"$tmp/clock"
	{ cat "$top_srcdir/data/putokaz.conf"; echo 'kiosk-timeout = 30'; } >"$tmp/putokaz.conf"
	start 80x24 env TERM=xterm-256color TZ=UTC LD_PRELOAD="$lib" FAKETIME_TIMESTAMP_FILE="$tmp/clock" \
		FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1 "$PUTOKAZ" --lang en --kiosk \
		-c "$tmp/putokaz.conf"
	keys 8
	expect "About this guide"
	expect_not "This page may be out of date"
	echo "2028-06-01 12:00:00" >"$tmp/clock"
	sleep 3
	expect "This page may be out of date"
	keys 0 6
	expect "Today: Thursday 1 June 2028"
	echo "1970-01-01 12:00:00" >"$tmp/clock"
	sleep 3
	expect "The clock of this computer is wrong"
	# the jump back did not start it over
	expect "Deadline calculator"
}

meanwhile midnight midnight
meanwhile forward dst "@2027-03-28 00:59:55"
meanwhile back dst "@2027-10-31 00:59:55"
meanwhile jump jump

# line mode prints once, with the time of printing
start 80x24 env TERM=dumb TZ=UTC LD_PRELOAD="$lib" FAKETIME="@2026-12-31 22:59:55" \
	FAKETIME_DONT_FAKE_MONOTONIC=1 "$PUTOKAZ" --lang en --plain
expect "Type a number"
before=$(screen)
sleep 8
[ "$(screen)" = "$before" ] || fail "line mode printed by itself"
joined
echo "e2e-clock: all passed"
