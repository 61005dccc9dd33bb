#!/bin/sh
# e2e-reload.sh: edited content is loaded without a restart (looked for while
# idle, or at once on SIGUSR1); a version with problems is refused and the
# last good one stays, reported once per changed version on standard error
# as FILE:LINE: message (kept content VERSION); the person stays on their
# screen, scrolled where they were, or goes to the nearest one that still
# exists. A changed kiosk-timeout takes effect; a kiosk on the built-in
# content switches to a repaired configuration.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cp "$top_srcdir"/data/*.conf "$tmp/"
cp -r "$top_srcdir/screens" "$tmp/"
chmod -R u+w "$tmp"
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
sleep 3
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

# a kiosk: a shorter kiosk-timeout takes effect at the next reload
sed -i 's/^#\?kiosk-timeout = .*/kiosk-timeout = 600/' "$tmp/putokaz.conf"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$tmp/putokaz.conf" --today 2026-11-22
keys 1
expect "Ask for asylum at a police station"
pid=$(t display-message -p -t e2e '#{pane_pid}')
sed -i 's/^#\?kiosk-timeout = .*/kiosk-timeout = 30/' "$tmp/putokaz.conf"
kill -USR1 "$pid"
sleep 1
keys j
sleep 11
expect "Starting over in"
t kill-server

# a kiosk on the built-in content takes up the configuration once repaired
cp "$tmp/putokaz.conf" "$tmp/good.conf"
printf 'title = "Broken"\ncolour = "red"\n' >"$tmp/putokaz.conf"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --kiosk -c "$tmp/putokaz.conf" --today 2026-11-22
expect "Built-in content of"
cp "$tmp/good.conf" "$tmp/putokaz.conf"
sleep 3
expect_not "Built-in content of"
expect "Asylum step by step"
echo "e2e-reload: all passed"
