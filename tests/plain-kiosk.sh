#!/bin/sh
# plain-kiosk.sh: line mode keeps a kiosk's rules. It starts on the language
# list, its language item chooses a language, q and Ctrl-D do not end it and
# no prompt offers to quit, only 1..N open an item ("-1" and a number too long
# for any counter open nothing). (Its start-over when idle: e2e-kiosk.sh,
# beside the other waits for the idle time. A closed terminal: hangup.c.)
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
{ cat "$top_srcdir/data/putokaz.conf"; echo 'kiosk-timeout = 30'; } >"$tmp/putokaz.conf"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --plain --kiosk -c "$tmp/putokaz.conf" --today 2026-11-22
expect "1. English"
expect "2. Français"
expect_not "q quits"
keys 1 Enter
expect "1. Asylum step by step"
keys q Enter
keys C-d
sleep 0.5
[ "$(pane_dead)" = 0 ] || fail "q or Ctrl-D ended a kiosk in line mode"
keys -- -1 Enter
expect "There is no such number here."
expect_not "Ask for asylum at a police station"
t send-keys -R -t e2e
expect_not "There is no such number here."
keys 99999999999999999999999 Enter
expect "There is no such number here."
# the language item
keys 9 Enter
expect "4. Српски (ћирилица)"
keys 2 Enter
expect "1. L'asile étape par étape"
t kill-server

# a kiosk whose terminal curses does not know falls back to line mode, and
# stays a kiosk there
start 80x24 env TERM=no-such-terminal "$PUTOKAZ" --kiosk -c "$tmp/putokaz.conf" --today 2026-11-22
expect "1. English"
keys 1 Enter
expect "1. Asylum step by step"
keys q Enter C-d
sleep 0.5
[ "$(pane_dead)" = 0 ] || fail "q or Ctrl-D ended a kiosk that fell back to line mode"
t kill-server

# the directory numbers every contact (16 ship) and opens any by its number,
# above 9 too; there is no filter line to type in
printf '7\n12\n0\n16\n0\n17\nq\n' | TERM=dumb "$PUTOKAZ" --lang en --today 2026-11-22 >"$tmp/out"
grep -q "^ *16\. Commissariat for Refugees and Migration (KIRS)$" "$tmp/out" || fail "contact 16 is not numbered"
grep -q "^Police station where you can ask for asylum (Belgrade)$" "$tmp/out" || fail "12 did not open contact 12"
grep -q "^Commissariat for Refugees and Migration (KIRS)$" "$tmp/out" || fail "16 did not open contact 16"
grep -q "There is no such number here." "$tmp/out" || fail "17 opened something"
grep -q "^Filter:" "$tmp/out" && fail "line mode prints an empty Filter: line"
echo "plain-kiosk: all passed"
