#!/bin/sh
# e2e-burst.sh: keys that arrive together (a held key on a slow line, typing
# ahead over SSH) are handled before the screen is drawn, so a burst costs
# one screen update; and the screen after a burst is the same as after the
# same keys one by one: moves, page-downs, digits, the directory's filter,
# the calculator's date field. tmux writes the keys of one send-keys at once.
# The five cases run side by side, each in a tmux server of its own.
. "$(dirname "$0")/lib.sh"

# shown: the screen's text, then each row with a mark for every cell in
# reverse video (the highlight, the bars): what a person sees on a VT100,
# where bold on a blank cell shows nothing
shown() {
	t capture-pane -p -t e2e
	t capture-pane -p -e -t e2e | awk '{
		out = ""; s = $0
		while (length(s) > 0) {
			if (substr(s, 1, 2) == "\033[" && match(s, /^\033\[[0-9;]*m/)) {
				n = split(substr(s, 3, RLENGTH - 3), p, ";")
				if (n == 0) rev = 0
				for (i = 1; i <= n; i++) {
					if (p[i] == "38" || p[i] == "48") { i += p[i + 1] == "5" ? 2 : 4; continue }
					if (p[i] == "" || p[i] == "0" || p[i] == "27") rev = 0
					if (p[i] == "7") rev = 1
				}
				s = substr(s, RLENGTH + 1)
				continue
			}
			out = out (rev ? "R" : ".")
			s = substr(s, 2)
		}
		print out
	}'
}

# screen_after MODE PREP KEYS...: start at 80x24 on a VT100, take the keys
# of PREP one by one, then KEYS at once (MODE burst) or one by one (MODE
# single), and print what is shown
screen_after() {
	mode=$1 prep=$2
	shift 2
	start 80x24 env TERM=vt100 "$PUTOKAZ" --lang en --today 2026-11-22T10:00
	expect "9. Language"
	for k in $prep; do
		keys "$k"
		sleep 0.2
	done
	sleep 0.3
	if [ "$mode" = burst ]; then
		keys "$@"
	else
		for k in "$@"; do
			keys "$k"
			sleep 0.15
		done
	fi
	sleep 0.6
	# and until the screen stays the same (a busy machine), 5 s at most
	last=$(shown)
	n=0
	while [ $n -lt 25 ] && sleep 0.2 && now=$(shown) && [ "$now" != "$last" ]; do
		last=$now
		n=$((n + 1))
	done
	printf '%s\n' "$last"
	t kill-server
	PANE_STARTED=
}

# same NAME PREP KEYS...: the burst ends where the keys one by one end
same() {
	name=$1
	shift
	one=$(screen_after single "$@")
	all=$(screen_after burst "$@")
	[ -n "$one" ] || fail "$name: no screen"
	if [ "$one" != "$all" ]; then
		printf '%s\n' "--- one by one:" "$one" "--- at once:" "$all" >&2
		fail "$name: the screen after the burst differs"
	fi
	echo "e2e-burst: $name: the same screen"
}

meanwhile moves same moves "" Down Down Down Up Down Down j k Down
meanwhile page-downs same page-downs "1 1" Space Space Up PageDown b Space Down
meanwhile digits same digits "" 1 4 Escape 2 Down Enter
meanwhile filter same filter "7 f" N o v i BSpace i Space S Down
meanwhile date-field same date-field "6 3" 2 0 2 6 0 1 BSpace 3 1 3 Enter 1 Down
joined

# bytes: five Down keys at once cost at most 1.5 times one Down
start 80x24 env TERM=vt100 "$PUTOKAZ" -c "$top_srcdir/tests/bench/putokaz.conf"
expect "Choose a topic"
sleep 0.3
out=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$out"' EXIT
t pipe-pane -t e2e -o "cat > $out/one"
keys Down
sleep 0.5
t pipe-pane -t e2e
keys Up
sleep 0.3
t pipe-pane -t e2e -o "cat > $out/five"
keys Down Down Down Down Down
sleep 0.5
t pipe-pane -t e2e
one=$(wc -c <"$out/one")
five=$(wc -c <"$out/five")
[ "$one" -gt 0 ] || fail "one Down drew nothing"
[ $((five * 2)) -le $((one * 3)) ] || fail "five Down keys at once: $five bytes, one Down: $one"
echo "e2e-burst: one Down $one bytes, five at once $five bytes"
keys q y
expect_exit
echo "e2e-burst: all passed"
