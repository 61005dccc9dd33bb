#!/bin/sh
# sources.sh: write doc/sources.md, the list of every source the content
# cites, from the translation template the program writes with its own
# parser (`putokaz --pot` on standard input): each `source` value with the
# sections that cite it. Run by `make sources` (and `make update-content-pot`);
# tests/sources-uptodate.sh fails when doc/sources.md is out of date.
set -e
LC_ALL=C
export LC_ALL
cat <<'EOF'
# Sources

Every source the content cites, with its date as the citation gives it and
what it supports: the pages, contacts, rules and calendar entries that name
it (`KIND "ID"`, in the file given). Generated from the configuration by
`make sources` (`putokaz --pot | sh doc/sources.sh`); do not edit by hand:
`make check` fails when this list and the configuration differ.

A source without a date is marked "undated" in the content itself; the date
each page's facts were last checked is on the page (`updated`) and each
contact's in `verified`.
EOF
awk '
function unquote(s) {
	sub(/^"/, "", s); sub(/"$/, "", s)
	gsub(/\\"/, "\"", s); gsub(/\\\\/, "\\", s)
	return s
}
# the date a citation gives: "11 Jan 2024", "July 2023", "2020" or "undated"
# (the last year it names, with the month and day written before it)
function date_of(s,    t, pos, len, before, m) {
	if (s ~ /undated/) return "undated"
	t = s; pos = 0
	while (match(t, /[12][0-9][0-9][0-9]/)) {
		pos += RSTART; len = RLENGTH
		t = substr(t, RSTART + RLENGTH); pos += RLENGTH - 1
	}
	if (!pos) return "not given"
	pos -= len - 1
	before = substr(s, 1, pos - 1)
	m = ""
	if (match(before, /(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $/)) {
		m = substr(before, RSTART, RLENGTH)
		before = substr(before, 1, RSTART - 1)
		if (match(before, /[0-9][0-9]? $/))
			m = substr(before, RSTART, RLENGTH) m
	}
	return m substr(s, pos, len)
}
function flush(    i, key) {
	if (nsrc && msgid != "") {
		if (!(msgid in seen)) { seen[msgid] = 1; order[++n] = msgid }
		for (i = 1; i <= nsrc; i++) {
			key = msgid SUBSEP cite[i]
			if (!(key in have)) { have[key] = 1; cites[msgid] = cites[msgid] "\n" cite[i] }
		}
	}
	nsrc = 0; msgid = ""; inid = 0
}
/^#\. .*: source$/ {
	# "#. FILE:LINE: KIND "ID": source"
	line = substr($0, 4)
	file = line; sub(/:.*/, "", file)
	what = line; sub(/^[^ ]* /, "", what); sub(/: source$/, "", what)
	cite[++nsrc] = what " (" file ")"
	next
}
/^msgid / { msgid = unquote(substr($0, 7)); inid = 1; next }
/^"/ && inid { msgid = msgid unquote($0); next }
/^msgstr/ { inid = 0; next }
/^$/ { flush() }
END {
	flush()
	# sources in alphabetical order
	for (i = 2; i <= n; i++) {
		s = order[i]
		for (j = i - 1; j >= 1 && order[j] > s; j--) order[j + 1] = order[j]
		order[j + 1] = s
	}
	printf "\n%d sources.\n", n
	for (i = 1; i <= n; i++) {
		s = order[i]
		printf "\n## %s\n\n- Date: %s\n- Supports:\n", s, date_of(s)
		k = split(substr(cites[s], 2), c, "\n")
		for (a = 2; a <= k; a++) {
			x = c[a]
			for (b = a - 1; b >= 1 && c[b] > x; b--) c[b + 1] = c[b]
			c[b + 1] = x
		}
		for (a = 1; a <= k; a++) printf "  - %s\n", c[a]
	}
}'
