#!/bin/sh
# e2e-saturday.sh: a last day on a Saturday. The day to hand it in comes
# from the program; what the law says about posting comes from the
# calendar's saturday-note (content, translated), marked as the old law's.
# By hand: a decision given on Friday 6 February 2026, 15 days: Saturday
# 21 February (not a holiday); hand it in by Friday 20 February.
. "$(dirname "$0")/lib.sh"

start 120x60 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-12-01
expect "Deadline calculator"
keys 6
expect "3. I received a decision on my asylum request"
keys 3
expect "____-__-__"
keys 2 0 2 6 0 2 0 6 Enter
expect "How many days for an appeal does your decision name?"
keys 1
expect "Last day: Saturday 21 February 2026"
expect "This day is a Saturday. Hand it in by Friday 20 February."
expect "The law is not clear about Saturdays. Under the old law on"
expect "not confirmed,"
keys q y
expect_exit
echo "e2e-saturday: all passed"
