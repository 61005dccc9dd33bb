#!/bin/sh
# e2e-72h.sh: the 72 hours across a change of the clocks. A paper issued at
# 10:00 on the Friday before each change of 2026 and 2027: the calculator
# shows the end of 72 real hours, and the explanation beside it names no
# other time (it once said "arrive by the same clock time as on your paper",
# an hour late in autumn). Worked out by hand, Europe/Belgrade:
#   spring: clocks go forward on the last Sunday of March (2026-03-29,
#           2027-03-28), one hour fewer on the wall: Monday 11:00;
#   autumn: clocks go back on the last Sunday of October (2026-10-25,
#           2027-10-31), one hour more: Monday 09:00.
. "$(dirname "$0")/lib.sh"

check_one() {
	issued=$1 shown=$2 time=$3
	start 110x60 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-12-01
	expect "Deadline calculator"
	keys 6
	expect "1. I got my 72-hours paper"
	keys 1
	expect "____-__-__ __:__"
	# shellcheck disable=SC2046
	keys $(echo "$issued" | sed 's/./& /g') Enter
	expect "Reach the asylum centre named on your paper"
	expect "Last day: $shown $time"
	expect "Arrive by the time shown here"
	# every clock time on the screen, but the one typed, is the deadline's
	other=$(screen | grep -v "You entered" | grep -o '[0-9][0-9]:[0-9][0-9]' | grep -v -x "$time")
	[ -z "$other" ] || fail "$issued: another time is shown: $other"
	screen | grep -q "time as on your paper" && fail "$issued: the explanation points to the time on the paper"
	keys q y
	expect_exit
	t kill-server
}

# every catalogue: the explanation names no number but the 72 hours (no
# clock time, no hour to add or take away), and not the paper's time
if command -v msggrep >/dev/null 2>&1; then
	for l in ar fa ps ur fr sr sr@latin; do
		text=$(msggrep --msgid -F -e "When the clocks change" "$top_srcdir/po/$l.po" |
			awk 'BEGIN { RS = "" } END { print }' | sed -n '/^msgstr/,$p' | tr -d '\n"')
		[ -n "$text" ] || fail "$l: the 72-hours explanation is not translated"
		numbers=$(echo "$text" | grep -o "[0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹]\+" | sort -u | tr '\n' ' ')
		[ "$numbers" = "72 " ] || fail "$l: the explanation names numbers: $numbers"
	done
fi

check_one 202603271000 "Monday 30 March 2026" 11:00
check_one 202610231000 "Monday 26 October 2026" 09:00
check_one 202703261000 "Monday 29 March 2027" 11:00
check_one 202710291000 "Monday 1 November 2027" 09:00
echo "e2e-72h: all passed"
