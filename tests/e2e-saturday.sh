#!/bin/sh
# e2e-saturday.sh: notes of the calculator that are content. A last day on a Saturday. The day to hand it in comes
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
t kill-server

# asylum means refugee status or subsidiary protection (Asylum Act, Article
# 2(1)): the permanent-residence result says so, with its source and a caveat
start 120x60 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-12-01
expect "Deadline calculator"
keys 6
expect "6. I was granted asylum (refugee status or subsidiary protection)"
keys 6
expect "____-__-__"
keys 2 0 2 6 0 1 1 0 Enter
expect "You may apply for permanent residence (asylum)"
expect "Asylum Act, asylum means refugee status or subsidiary protection."
expect "is not confirmed: ask a lawyer."
expect "Source: Asylum Act, Article 2(1), official English translation"
keys q y
expect_exit
echo "e2e-saturday: all passed"
