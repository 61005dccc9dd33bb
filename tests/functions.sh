#!/bin/sh
# functions.sh: the house rules for functions in src/*.c: none longer than
# MAX_LINES lines (from its first line to its closing brace), and a comment
# right above at least MIN_PERCENT% of the static functions, saying what each
# is for (public ones are documented in their headers).
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
MAX_LINES=120
MIN_PERCENT=90
# TEMPORARY: functions known to be too long, to be split; then remove them.
TEMPORARY_LONG=""

src=${1:-$top_srcdir/src}

# Run by make check (no arguments): first a self-test on a made-up file,
# which must fail, so that the check cannot pass by finding no function: a
# function of 121 lines, and 9 of 10 static functions without a comment.
if [ $# -eq 0 ]; then
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/functions.XXXXXX") || exit 1
	trap 'rm -rf "$tmp"' EXIT
	{
		printf '/* what it is for */\nstatic int long_one(void)\n{\n'
		i=0
		while [ $i -lt 118 ]; do echo "	;"; i=$((i + 1)); done
		printf '}\n'
	} >"$tmp/long.c"
	if sh "$0" "$tmp" >/dev/null 2>&1; then
		echo "functions: self-test: a function of 121 lines was not found" >&2
		exit 1
	fi
	rm "$tmp/long.c"
	i=0
	while [ $i -lt 9 ]; do
		printf 'static int f%d(void)\n{\n\treturn 0;\n}\n\n' $i >>"$tmp/bare.c"
		i=$((i + 1))
	done
	printf '/* commented */\nstatic int g(void)\n{\n\treturn 1;\n}\n' >>"$tmp/bare.c"
	if sh "$0" "$tmp" >/dev/null 2>&1; then
		echo "functions: self-test: static functions without comments were not found" >&2
		exit 1
	fi
fi

for f in "$src"/*.c; do
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
