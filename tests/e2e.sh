#!/bin/sh
# e2e.sh: the real binary in a pseudo-terminal (tmux): digits to a page, the
# text on the screen, scrolling, resize and the new layout, too small and
# back, help, back and home, quit with confirmation.
. "$(dirname "$0")/lib.sh"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
expect "Asylum step by step"
expect "1-9 open"
expect "content 2026."
expect_not "Esc back"
keys 1
expect "Ask for asylum at a police station"
expect "Esc back"
expect "Asylum in Serbia > Asylum step by step"
keys 4
expect "Reach the centre in 72 hours"
expect "within 72 hours"
expect "lines 1-22 of"
# the text is wrapped to the width: no line is wider than the screen
[ "$(screen | wc -L)" -le 80 ] || fail "a line wider than 80"
total=$(screen | sed -n 's/.*lines 1-22 of \([0-9]*\).*/\1/p')
[ -n "$total" ] || fail "no position indicator"

# scroll: space and b move by a screen, j by a line
keys Space
expect "-$total of $total"
expect "Facts last checked: 2026-11-22"
expect "Sources:"
expect_not "lines 1-22 of"
keys b
expect "lines 1-22 of"
keys j
expect "lines 2-23 of"

# resize: the same page laid out for 50 columns is longer
resize 50x16
expect "lines 2-15 of"
total50=$(screen | sed -n 's/.*lines [0-9]*-[0-9]* of \([0-9]*\).*/\1/p')
[ "$total50" -gt "$total" ] || fail "at 50 columns the page should be longer ($total50 <= $total)"
[ "$(screen | wc -L)" -le 50 ] || fail "a line wider than 50"

# too small, then large again: it recovers
resize 30x10
expect "Please make the window"
expect "larger"
resize 80x24
expect "Reach the centre in 72 hours"
expect_not "Please make the window"

# back with Esc, h and Backspace; home with m
keys Escape
expect "Ask for asylum at a police station"
keys h
expect "About this guide"
keys 1 Down Down Enter
expect "The 72-hours paper"
expect "registration certificate (potvrda o"
keys BSpace
expect "Ask for asylum at a police station"
keys 2
expect "Registration"
keys m
expect "About this guide"
expect_not "Asylum step by step >"

# j/k and Enter, and the Arabic-Indic and Persian digits
keys j j j Enter
expect "Choose your situation."
keys h
keys -l "٤"
expect "Choose your situation."
keys h
keys -l "۸"
expect "Content version 2026."
keys h

# help lists the keys from the key table
keys '?'
expect "Keys"
expect "Backspace, Esc, Left, h: Go back"
expect "Esc or Backspace closes this help."
keys Escape
expect "About this guide"

# quit asks first; anything but y stays
keys q
expect "Quit? Press y"
keys n
expect "1-9 open"
expect "content 2026."
[ "$(pane_dead)" = 0 ] || fail "n must not quit"
keys q
expect "Quit? Press y"
keys y
expect_exit
echo "e2e: all passed"
