#!/bin/sh
# sources-uptodate.sh: doc/sources.md lists what the content cites now; when
# a source changes in data/ or screens/, `make sources` must follow.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$PUTOKAZ" --pot | sh "$top_srcdir/doc/sources.sh" >"$tmp" || fail "doc/sources.sh failed"
# the generator finds what the content cites: a page's and a rule's source
grep -q '^  - page "registration" (screens/registration.conf)$' "$tmp" ||
	fail "the registration page's source is not listed"
grep -q '^  - rule "appeal" (data/deadlines.conf)$' "$tmp" || fail "the appeal rule's source is not listed"
diff -u "$top_srcdir/doc/sources.md" "$tmp" >&2 ||
	fail "doc/sources.md is out of date: run make sources"
echo "sources-uptodate: passed"
