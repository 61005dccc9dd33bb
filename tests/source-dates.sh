#!/bin/sh
# source-dates.sh: "Based on sources from ... to ..." near the top of a page
# whose oldest dated source is more than two years old, or that has an
# undated source, by the clock; on no page whose sources are all recent.
# Worked out by hand: the oldest source of "recent" is August 2024, counted
# from 1 August 2024, so the line comes on 2 August 2026, not on 1 August.
. "$(dirname "$0")/lib.sh"

conf="$FIXTURES/source-dates.conf"
line="Based on sources from August 2024 to July 2025."
page() { "$PUTOKAZ" -c "$conf" --lang en --export "$1" --today "$2" --width 200; }

page recent 2026-08-01 | grep -q "Based on" && fail "recent sources called old on 2026-08-01"
page recent 2026-08-02 | sed -n 3p | grep -q -x "$line" ||
	fail "no age line on 2026-08-02: $(page recent 2026-08-02 | head -4)"
page recent 2030-01-01 | grep -q -x "$line" || fail "no age line in 2030"
page undated 2026-01-02 | grep -q -x "Based on sources from January 2026. Some sources give no date." ||
	fail "an undated source: $(page undated 2026-01-02 | head -4)"
page none 2099-01-01 | grep -q "Based on" && fail "a line without any source dates"

# every language says it, with the language's own month names
"$PUTOKAZ" --lang fr --export pr-card --today 2026-12-05 --width 200 | sed -n 3p | grep -q "avril 2024" ||
	fail "fr: no month name: $("$PUTOKAZ" --lang fr --export pr-card --today 2026-12-05 | sed -n 3p)"

# the shipped pages that rest on old or undated sources, today and later
for s in ask-asylum registration paper-72h fingerprints reach-centre illegal-stay application \
	hearing rights asylum-id-card pr-special pr-when deadlines; do
	for day in 2026-12-05 2029-06-01; do
		"$PUTOKAZ" --lang en --export "$s" --today "$day" --width 200 | sed -n 3p |
			grep -q "^Based on sources from " || fail "$s: no age line on $day"
	done
done

# a wrong date, or a date missing, is a configuration error
err=$("$PUTOKAZ" --check -c "$FIXTURES/source-date-bad.conf" 2>&1) && fail "bad dates accepted"
echo "$err" | grep -q "source date \"July 2023\" is not YYYY, YYYY-MM or undated" || fail "$err"
echo "$err" | grep -q "2 sources but 1 dates" || fail "$err"
echo "source-dates: all passed"
