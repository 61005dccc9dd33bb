#!/bin/sh
# e2e-kiosk.sh: --kiosk. No quit key; Ctrl-C, Ctrl-\, Ctrl-Z, Ctrl-D,
# function keys, stray escape sequences and a 10 KB paste neither end nor
# break it; 0 starts over; after the idle time (here 30 s, the shortest
# allowed) a countdown shows in the last 20 s, any key cancels it, and then
# it starts over on the first screen, forgetting what was typed.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
{ cat "$top_srcdir/data/putokaz.conf"; echo 'kiosk-timeout = 30'; } >"$tmp/putokaz.conf"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$tmp/putokaz.conf" --today 2026-11-22
expect "Asylum step by step"
# nothing offers to quit: not the key bar, not the help
expect "1-9 open  Enter open  ? help"
expect_not "q quit"
keys '?'
expect "Show this help"
expect_not "Quit"
keys Escape
keys 1
expect "Esc back  ? help"
expect_not "q quit"
keys Escape
keys q
expect_not "Quit?"
keys C-c C-'\' C-z C-d F5 F12
# escape sequences this terminal description does not know (curses passes
# their bytes on one by one; no digits, which would open menu items)
keys -l "$(printf '\033[~\033O~')"
sleep 0.5
[ "$(pane_dead)" = 0 ] || fail "a control key ended the kiosk"
# a 10 KB paste of text and escape sequences (no digits: on the root menu
# they would open items, the last one the language chooser)
i=0
while [ $i -lt 100 ]; do
	keys -l "$(printf 'paste xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\033[A')"
	i=$((i + 1))
done
sleep 1
[ "$(pane_dead)" = 0 ] || fail "a 10 KB paste ended the kiosk"
keys C-l m
expect "Asylum step by step"

# 0 starts over, from a screen with something typed
keys 7 f
keys -l "novi"
expect "Filter: novi_"
keys Enter
expect "0 start over"
keys 0
expect "Asylum step by step"
keys 7
expect "Filter:"
expect_not "novi"

# idle: a countdown in the last 20 s, which a key cancels
keys m 6 3
expect "____-__-__"
keys 2 0 2 6
sleep 9	# the countdown starts after 10 s; expect waits up to 5 s more
expect "Starting over in"
keys j
expect_not "Starting over in"
expect "2026-__-__"
# then, untouched, it starts over on the first screen and forgets the date
sleep 28	# 30 s after the last key; expect waits up to 5 s more
expect "Asylum step by step"
expect_not "2026-__-__"
keys 6 3
expect "____-__-__"
[ "$(pane_dead)" = 0 ] || fail "the kiosk ended"
t kill-server

# LANGUAGE (or LANG, LC_*) is taken as a language code only: a path in it
# does not make a kiosk read a catalogue from another folder
mo="$top_builddir/po/locale/fr/LC_MESSAGES/putokaz.mo"
if [ -f "$mo" ]; then
	mkdir -p "$tmp/elsewhere/LC_MESSAGES"
	cp "$mo" "$tmp/elsewhere/LC_MESSAGES/"
	echo 'offer = {"en"}' >>"$tmp/putokaz.conf"
	start 80x24 env TERM=xterm-256color LANGUAGE="../../../../../../../../../../..$tmp/elsewhere" \
		"$PUTOKAZ" --kiosk -c "$tmp/putokaz.conf" --today 2026-11-22
	expect "1. Asylum step by step"
	expect_not "L'asile"
fi
echo "e2e-kiosk: all passed"
