#!/bin/sh
# e2e-dates.sh: a page past its review-by date warns the reader above the
# text; before that date it does not. Also: a terminal whose locale is not
# UTF-8 gets ASCII only.
. "$(dirname "$0")/lib.sh"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2030-01-01
expect "Asylum step by step"
keys 1 1
expect "Asylum step by step > Ask for asylum"
expect "This page may be out of date"
# the warning comes before the text
warn=$(screen | grep -n "This page may be out of date" | cut -d: -f1)
text=$(screen | grep -n "I want asylum" | head -n 1 | cut -d: -f1)
[ -n "$text" ] && [ "$warn" -lt "$text" ] || fail "the warning must be above the text"
keys q y
expect_exit
t kill-server

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
keys 1 1
expect "Asylum step by step > Ask for asylum"
expect_not "This page may be out of date"
keys q y
expect_exit
t kill-server

# C locale: no byte above 127 reaches the terminal
start 80x24 env LANG=C TERM=vt100 "$PUTOKAZ" --lang en --today 2026-11-22
expect "Asylum step by step"
keys 1 3
expect "registration certificate (potvrda o"
screen | LC_ALL=C grep -q '[^ -~]' && fail "non-ASCII output in the C locale"
keys q y
expect_exit
echo "e2e-dates: all passed"
