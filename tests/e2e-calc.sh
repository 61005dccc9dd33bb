#!/bin/sh
# e2e-calc.sh: the calculator on the screen: choose an event, type a date,
# answer the question, read the deadline; impossible dates are refused.
. "$(dirname "$0")/lib.sh"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
expect "Deadline calculator"
keys 6
expect "Today: Sunday 22 November 2026"
expect "3. I received a decision on my asylum request"
expect_not "The clock of this computer is wrong"
keys 3
expect "Type it as year-month-day."
expect "____-__-__"
# letters in the field are not navigation: q does not quit
keys q
expect "____-__-__"
expect_not "Quit?"
keys 2 0 2 6 0 2 3 0
expect "2026-02-30"
keys Enter
expect "There is no such day"
keys BSpace BSpace BSpace BSpace 0 1 3 1
expect "2026-01-31"
expect "Saturday 31 January 2026"
keys Enter
expect "How many days for an appeal does your decision name?"
keys 1
expect "You entered: Saturday 31 January 2026"
expect "Appeal to the Asylum Commission (15 days)"
expect "Last day: Wednesday 18 February 2026 (277 days ago)"
expect "Moved from Sunday 15 February (public holiday: Statehood Day (Sretenje))."
expect "Not confirmed in the law. Ask a lawyer."
expect_not "accelerated procedure: 8 days"

# back to the events: what was typed is gone
keys Escape
expect "1. I got my 72-hours paper"
keys 1
expect "____-__-__ __:__"
# t is today, + one day later; then the time
keys t +
expect "2026-11-23"
keys 1 4 3 0 Enter
expect "Reach the asylum centre named on your paper"
expect "Last day: Thursday 26 November 2026 14:30 (in 4 days)"
expect "This date is in the future."
keys Escape 3
keys -l "٢٠٢٦٠٣١٣"
expect "2026-03-13"
keys Enter 4
expect "this shows the shortest one, 5 days"
expect "border procedure: 5 days"
expect "Last day: Wednesday 18 March 2026"
keys q y
expect_exit

# a clock earlier than the content's date is called wrong
t kill-server
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2020-01-01
keys 6
expect "The clock of this computer is wrong"
keys q y
expect_exit
echo "e2e-calc: all passed"
