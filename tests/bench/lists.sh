#!/bin/sh
# tests/bench/lists.sh: checking and loading grow linearly with a list's
# length: putokaz --check on a page with 20,000 and with 40,000 sources, once
# clean (the quick load) and once with a mistake (the load that notes every
# value's place), in instructions (callgrind). The ratio must stay at most
# 2.2 (a benchmark, not a test; it needs valgrind).
# Usage: tests/bench/lists.sh [BUILDDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../..}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# list N FILE [UPDATED]: a guide whose page has N sources
list() {
	{
		printf 'title = "Test guide"\ncontent-version = "1"\ncontent-date = "2026-01-01"\n'
		printf 'root = "main"\nmenu "main" {\n  title = "Main"\n'
		printf '  item { label = "The page" goto = "p" }\n}\n'
		printf 'page "p" {\n  title = "A page"\n  text = "Some text."\n  source = {\n'
		i=1
		while [ $i -lt "$1" ]; do
			printf '    "Source number %d, 2026",\n' $i
			i=$((i + 1))
		done
		printf '    "The last source, 2026"}\n  updated = "%s"\n}\n' "$3"
	} >"$2"
}

# instructions FILE: what putokaz --check costs on FILE
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$build/src/putokaz" \
		--check -c "$1" >/dev/null 2>&1 || true
	sed -n 's/^totals: //p' "$tmp/cg"
}

for kind in clean mistake; do
	date=2026-01-01
	[ $kind = mistake ] && date=2026-02-30
	list 20000 "$tmp/a.conf" $date
	list 40000 "$tmp/b.conf" $date
	a=$(instructions "$tmp/a.conf")
	b=$(instructions "$tmp/b.conf")
	awk -v k=$kind -v a="$a" -v b="$b" 'BEGIN {
		printf "%s: 20,000 values %d, 40,000 values %d instructions: %.2fx\n", k, a, b, b / a
		exit (b / a > 2.2) }'
done
