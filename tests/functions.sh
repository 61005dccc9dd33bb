#!/bin/sh
# functions.sh: the house rules for functions in src/*.c: none longer than
# MAX_LINES lines (from its first line to its closing brace), and a comment
# right above at least MIN_PERCENT% of the static functions, saying what each
# is for (public ones are documented in their headers).
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
MAX_LINES=120
MIN_PERCENT=90
# TEMPORARY: functions known to be too long, to be split; then remove them.
TEMPORARY_LONG="main.c:main"

for f in "$top_srcdir"/src/*.c; do
	case $f in */builtin_content.c) continue ;; esac
	awk -v file="${f##*/}" '
	# a definition starts at column 0 with a name and "(", not ending in ";";
	# its body opens with "{" and closes with "}", both at column 0
	!body && /^[A-Za-z_][^;=]*[A-Za-z_0-9]\(/ && !/;[ \t]*$/ {
		start = FNR; head = $0; above = last; in_head = 1
	}
	in_head && /;[ \t]*$/ { in_head = 0 }
	in_head && /^\{/ { body = 1; in_head = 0 }
	body && /^\}/ {
		name = head; sub(/\(.*/, "", name); sub(/.*[ *]/, "", name)
		printf "%s %s %d %d %d\n", file, name, FNR - start + 1, head ~ /^static/,
		       above ~ /\*\/[ \t]*$/
		body = 0
	}
	{ last = $0 }
	' "$f"
done | awk -v max="$MAX_LINES" -v min="$MIN_PERCENT" -v temporary="$TEMPORARY_LONG" '
BEGIN { n = split(temporary, t, " "); for (i = 1; i <= n; i++) known[t[i]] = 1 }
{
	if ($3 > max) {
		if (known[$1 ":" $2])
			printf "functions: TEMPORARY: %s %s() has %d lines (at most %d)\n", $1, $2, $3, max
		else {
			printf "functions: %s %s() has %d lines (at most %d)\n", $1, $2, $3, max > "/dev/stderr"
			bad = 1
		}
	}
	if ($4) { statics++; commented += $5; if (!$5) missing = missing " " $1 ":" $2 }
}
END {
	pct = statics ? 100 * commented / statics : 100
	printf "functions: %d of %d static functions have a comment above (%.0f%%, at least %d%%)\n",
	       commented, statics, pct, min
	if (pct < min) {
		printf "functions: without a comment:%s\n", missing > "/dev/stderr"
		bad = 1
	}
	exit bad
}'
