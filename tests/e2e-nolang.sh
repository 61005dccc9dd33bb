#!/bin/sh
# e2e-nolang.sh: a language chooser with no language it can show (only
# Arabic-script languages and bidi = "none") is still a screen: moving over
# it with Up and Down does not end the program (it used to divide by zero).
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
copy_content "$tmp"
printf 'offer = {"ar", "fa"}\nbidi = "none"\n' >>"$tmp/putokaz.conf"
"$PUTOKAZ" --check -c "$tmp/putokaz.conf" >/dev/null 2>&1 || fail "the configuration does not load"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" -c "$tmp/putokaz.conf" --today 2026-11-22
sleep 1
keys Down Up Down j k
sleep 0.5
[ "$(pane_dead)" = 0 ] || fail "Up and Down on an empty language chooser ended the program"
echo "e2e-nolang: all passed"
