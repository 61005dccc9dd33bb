#!/bin/sh
# e2e-signals.sh: 1,000 SIGUSR1 as fast as the shell sends them leave a kiosk
# and a line-mode session running and answering; they cause at most two
# reloads (counted as opens of the content file under strace), and the last
# edit before them is shown. Line mode runs meanwhile, on a copy of its own.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
copy_content "$tmp"
copy_content "$tmp/line"

# send N: N SIGUSR1 to $pid within about a second, in bursts of 50 (signals
# sent faster than the process runs merge into one)
send() {
	i=0
	while [ $i -lt "$1" ]; do
		kill -USR1 "$pid" 2>/dev/null || break
		i=$((i + 1))
		[ $((i % 50)) != 0 ] || sleep 0.05
	done
}

# line mode
plain() {
	start 80x24 env TERM=dumb "$PUTOKAZ" --lang en -c "$tmp/line/putokaz.conf" --today 2026-11-22
	expect "Type a number"
	pid=$(pgrep -n -f -- "-c $tmp/line/putokaz.conf --today" | head -n 1)
	send 1000
	sleep 1
	[ "$(pane_dead)" = 0 ] || fail "1,000 SIGUSR1 ended line mode"
	keys 1 Enter
	expect "Ask for asylum at a police station"
}
meanwhile line plain

# a kiosk
if command -v strace >/dev/null 2>&1; then
	tracer="strace -f -qq -e trace=openat -o $tmp/trace"
else
	tracer=
fi
start 80x24 env TERM=xterm-256color $tracer "$PUTOKAZ" --lang en --kiosk -c "$tmp/putokaz.conf" \
	--today 2026-11-22
expect "Asylum step by step"
pid=$(pgrep -n -f -- "--kiosk -c $tmp/putokaz.conf" | head -n 1)
[ -n "$pid" ] || fail "no kiosk process"
[ -z "$tracer" ] || first=$(grep -c 'main.conf"' "$tmp/trace")
sed -i "s/label = \"Asylum step by step\"/label = \"Asylum steps (edited)\"/" "$tmp/screens/main.conf"
send 1000
sleep 2
[ "$(pane_dead)" = 0 ] || fail "1,000 SIGUSR1 ended the kiosk"
expect "Asylum steps (edited)"
keys 1
expect "Ask for asylum at a police station"
if [ -n "$tracer" ]; then
	# the loader opens each file twice (libconfuse, then for the comments)
	reloads=$(( $(grep -c 'main.conf"' "$tmp/trace") / first - 1 ))
	echo "reloads for 1,000 signals: $reloads"
	[ "$reloads" -ge 1 ] && [ "$reloads" -le 2 ] || fail "1,000 signals caused $reloads reloads"
fi
joined
echo "e2e-signals: all passed"
