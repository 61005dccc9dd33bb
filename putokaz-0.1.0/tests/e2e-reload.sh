#!/bin/sh
# e2e-reload.sh: edited content is loaded without a restart (looked for while
# idle, or at once on SIGUSR1); a version with problems is refused and the
# last good one stays; the person stays on their screen, or goes to the
# nearest one that still exists.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cp "$top_srcdir"/data/*.conf "$tmp/"
cp -r "$top_srcdir/screens" "$tmp/"
chmod -R u+w "$tmp"
page="$tmp/screens/reach-centre.conf"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en -c "$tmp/putokaz.conf" --today 2026-11-22
keys 1 4
expect "Reach the centre in 72 hours"
pid=$(t display-message -p -t e2e '#{pane_pid}')

# a good edit, noticed while idle
sed -i 's/title = "Reach the centre in 72 hours"/title = "Reach the centre in 72 hours (edited)"/' "$page"
expect "Reach the centre in 72 hours (edited)"
expect "Asylum step by step > Reach the centre"

# a bad edit is refused: the last good version stays
sed -i 's/^    title = /    titel = /' "$page"
sleep 3
expect "Reach the centre in 72 hours (edited)"
[ "$(pane_dead)" = 0 ] || fail "a bad edit ended the program"

# fixed, and SIGUSR1 loads it at once
sed -i 's/^    titel = "Reach the centre in 72 hours (edited)"/    title = "Reach the centre (again)"/' "$page"
kill -USR1 "$pid"
expect "Reach the centre (again)"

# the page goes away: the person lands on the menu above it
sed -i '/reach-centre/d' "$tmp/content.conf" "$tmp/screens/asylum-steps.conf"
kill -USR1 "$pid"
expect "Ask for asylum at a police station"
expect_not "Reach the centre"
keys q y
expect_exit
echo "e2e-reload: all passed"
