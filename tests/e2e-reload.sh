#!/bin/sh
# e2e-reload.sh: edited content is loaded without a restart (looked for while
# idle, or at once on SIGUSR1); a version with problems is refused and the
# last good one stays, reported once per changed version on standard error
# as FILE:LINE: message (kept content VERSION); the person stays on their
# screen, scrolled where they were, or goes to the nearest one that still
# exists. A changed kiosk-timeout takes effect; a kiosk on the built-in
# content switches to a repaired configuration. The kiosks run meanwhile,
# each on a copy of the content and in a tmux server of its own.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
# a kiosk: a shorter kiosk-timeout takes effect at the next reload
shorter_timeout() {
	copy_content "$tmp/timeout"
	conf="$tmp/timeout/putokaz.conf"
	sed -i 's/^#\?kiosk-timeout = .*/kiosk-timeout = 600/' "$conf"
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$conf" --today 2026-11-22
	keys 1
	expect "Ask for asylum at a police station"
	pid=$(t display-message -p -t e2e '#{pane_pid}')
	sed -i 's/^#\?kiosk-timeout = .*/kiosk-timeout = 30/' "$conf"
	kill -USR1 "$pid"
	sleep 1
	keys j
	# the countdown of the last 20 s: by 16 s after the key, as 600 s would not
	expect_within 16 "Starting over in"
}

# a kiosk on the built-in content takes up the configuration once repaired
repaired() {
	copy_content "$tmp/builtin"
	conf="$tmp/builtin/putokaz.conf"
	cp "$conf" "$tmp/builtin/good.conf"
	printf 'title = "Broken"\ncolour = "red"\n' >"$conf"
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$conf" --today 2026-11-22
	expect "Built-in content of"
	cp "$tmp/builtin/good.conf" "$conf"
	expect_within 8 "Asylum step by step" "Built-in content of"
	expect_not "Built-in content of"
	expect "Asylum step by step"
}

meanwhile timeout shorter_timeout
meanwhile builtin repaired

copy_content "$tmp"
page="$tmp/screens/reach-centre.conf"

start 80x24 sh -c 'exec env TERM=xterm-256color "$0" --lang en -c "$1" --today 2026-11-22 2>"$2"' \
	"$PUTOKAZ" "$tmp/putokaz.conf" "$tmp/err"
keys 1 4
expect "Reach the centre in 72 hours"
pid=$(t display-message -p -t e2e '#{pane_pid}')
# scrolled down: the reload keeps the place
keys Space
sleep 0.3
scrolled=$(screen | sed -n 3p)
kill -USR1 "$pid"
sleep 0.5
[ "$(screen | sed -n 3p)" = "$scrolled" ] || fail "the reload lost the scroll position"
keys g

# a good edit, noticed while idle
sed -i 's/title = "Reach the centre in 72 hours"/title = "Reach the centre in 72 hours (edited)"/' "$page"
expect "Reach the centre in 72 hours (edited)"
expect "Asylum step by step > Reach the centre"

# a bad edit is refused: the last good version stays
sed -i 's/^    title = /    titel = /' "$page"
i=0
until grep -q "kept content" "$tmp/err"; do
	[ $i -lt 80 ] || fail "the bad edit was not refused within 8 s"
	sleep 0.1
	i=$((i + 1))
done
expect "Reach the centre in 72 hours (edited)"
[ "$(pane_dead)" = 0 ] || fail "a bad edit ended the program"
# reported once, though looked at again and asked for again
kill -USR1 "$pid"
sleep 2.5
grep -q "^$page:[0-9]*: .*titel.* (kept content 2026.11.22)\$" "$tmp/err" ||
	{ cat "$tmp/err" >&2; fail "the refused reload was not reported as FILE:LINE: message (kept content VERSION)"; }
[ "$(grep -c 'kept content' "$tmp/err")" = "$(sort -u "$tmp/err" | grep -c 'kept content')" ] ||
	{ cat "$tmp/err" >&2; fail "the refused reload was reported more than once"; }

# fixed, and SIGUSR1 loads it at once
sed -i 's/^    titel = "Reach the centre in 72 hours (edited)"/    title = "Reach the centre (again)"/' "$page"
kill -USR1 "$pid"
expect "Reach the centre (again)"

# the page goes away: the person lands on the menu above it
sed -i '/reach-centre/d' "$tmp/content.conf" "$tmp/screens/asylum-steps.conf"
kill -USR1 "$pid"
expect "Ask for asylum at a police station"
expect_not "Reach the centre"
# the calculator keeps the event and the date being typed
keys m 6 3 2 0 2 6
expect "2026-__-__"
sed -i 's/^content-version = .*/content-version = "2026.11.23"/' "$tmp/content.conf"
kill -USR1 "$pid"
sleep 1
expect "2026-__-__"
keys 0 1 3 1 Enter 1
expect "Appeal to the Asylum Commission (15 days)"
keys q y
expect_exit
t kill-server

joined
echo "e2e-reload: all passed"
