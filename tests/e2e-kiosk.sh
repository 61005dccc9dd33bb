#!/bin/sh
# e2e-kiosk.sh: --kiosk. No quit key; Ctrl-C, Ctrl-\, Ctrl-Z, Ctrl-D,
# function keys, stray escape sequences and a 10 KB paste neither end nor
# break it; 0 starts over; after the idle time (here 30 s, the shortest
# allowed) a countdown shows in the last 20 s, any key cancels it, and then
# it starts over on the first screen, forgetting what was typed. Left idle
# on a QR code, the code goes at the start-over, with nothing of it in the
# scrollback; line mode clears its screen and goes back to the language
# list. These waits for the idle time run side by side, each kiosk in a
# tmux server of its own.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
{ cat "$top_srcdir/data/putokaz.conf"; echo 'kiosk-timeout = 30'; } >"$tmp/putokaz.conf"

# idle: a countdown in the last 20 s, which a key cancels; then, untouched,
# it starts over on the first screen and forgets the date
idle() {
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$tmp/putokaz.conf" \
		--today 2026-11-22
	expect "Asylum step by step"
	keys 6 3
	expect "____-__-__"
	keys 2 0 2 6
	# the countdown 10 s after the last key, the start-over 30 s after
	t0=$(date +%s)
	expect_within 14 "Starting over in"
	[ $(($(date +%s) - t0)) -ge 7 ] || fail "the countdown came before 10 s"
	keys j
	t0=$(date +%s)
	expect_not "Starting over in"
	expect "2026-__-__"
	expect_within 33 "Asylum step by step" "2026-__-__"
	[ $(($(date +%s) - t0)) -ge 25 ] || fail "it started over before 30 s"
	expect_not "2026-__-__"
	keys 6 3
	expect "____-__-__"
	[ "$(pane_dead)" = 0 ] || fail "the kiosk ended"
}

# code: 0 starts over from the code screen; left idle on it, the code goes
# at the start-over, and nothing of it stays in the scrollback
code() {
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$tmp/putokaz.conf" \
		--today 2026-12-03
	keys 6 1
	keys -l "202612031430"
	keys Enter p
	expect "Code 1 of 3"
	keys 0
	expect "Asylum step by step"
	expect_not "Code 1 of 3"
	keys 6 1
	keys -l "202612031430"
	keys Enter p
	expect "Code 1 of 3"
	expect_within 37 "Asylum step by step" "Code 1 of 3"
	t capture-pane -p -S - -t e2e | grep -q "[▀▄█]" && fail "a code left on the screen or in the scrollback"
	t capture-pane -p -S - -t e2e | grep -q "2026-12-06" && fail "a deadline left in the scrollback"
}

# line: line mode, idle, clears the screen and the language list is back
line() {
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --plain --kiosk -c "$tmp/putokaz.conf" \
		--today 2026-11-22
	expect "1. English"
	keys 1 Enter
	expect "1. Asylum step by step"
	keys 9 Enter
	expect "4. Српски (ћирилица)"
	keys 2 Enter
	expect "1. L'asile étape par étape"
	keys 1 Enter
	expect_within 37 "1. English" "L'asile"
	expect_not "L'asile"
	[ "$(pane_dead)" = 0 ] || fail "the idle start-over ended it"
}

meanwhile idle idle
meanwhile line line
if grep -q "^#define HAVE_QRENCODE" "$top_builddir/config.h"; then
	meanwhile code code
fi

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
	keys -l "$(printf 'paste xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\033[A')"
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
[ "$(pane_dead)" = 0 ] || fail "the kiosk ended"
t kill-server

# LANGUAGE (or LANG, LC_*) is taken as a language code only: a path in it
# does not make a kiosk read a catalogue from another folder (a file of its
# own: the kiosks above would reload an edited one)
mo="$top_builddir/po/locale/fr/LC_MESSAGES/putokaz.mo"
if [ -f "$mo" ]; then
	mkdir -p "$tmp/elsewhere/LC_MESSAGES"
	cp "$mo" "$tmp/elsewhere/LC_MESSAGES/"
	{ cat "$tmp/putokaz.conf"; echo 'offer = {"en"}'; } >"$tmp/en.conf"
	start 80x24 env TERM=xterm-256color LANGUAGE="../../../../../../../../../../..$tmp/elsewhere" \
		"$PUTOKAZ" --kiosk -c "$tmp/en.conf" --today 2026-11-22
	expect "1. Asylum step by step"
	expect_not "L'asile"
	t kill-server
fi
joined
echo "e2e-kiosk: all passed"
