#!/bin/sh
# e2e-mouse.sh: taps and the wheel where the terminal reports them (as
# xterm sends them): a tap on an item opens it, the wheel
# scrolls a page, a tap on the title bar goes back.
. "$(dirname "$0")/lib.sh"

# xterm-256color reports the mouse in SGR form: ESC [ < button ; column ;
# row M on press and m on release, counting from 1
click() {
	keys -l "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' $(($1 + 1)) $(($2 + 1)) $(($1 + 1)) $(($2 + 1)))"
}
wheel_down() {
	keys -l "$(printf '\033[<65;10;10M')"
}

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
expect "1. Asylum step by step"
row=$(screen | grep -n "^ 1. Asylum step by step" | cut -d: -f1)
click 3 $((row - 1))
expect "Ask for asylum at a police station"
row=$(screen | grep -n "^ 4. Reach the centre" | cut -d: -f1)
click 3 $((row - 1))
expect "lines 1-22 of"
wheel_down
expect "lines 4-"
click 10 0
expect "Ask for asylum at a police station"
keys q y
expect_exit
echo "e2e-mouse: all passed"
