#!/bin/sh
# po-consistency.sh: every catalogue in po/LINGUAS passes `msgfmt --check`,
# has no untranslated or fuzzy entry, and says what the English says in
# numbers, dates, printf directives, phone numbers and Serbian terms, and
# says in its header whether a native speaker reviewed it (tests/po_check.c). First a self-test: a catalogue broken on purpose must
# fail, with each of its faults named, so that this test cannot pass by
# checking nothing.
. "$(dirname "$0")/lib.sh"

: "${srcdir:=.}"
: "${MSGFMT:=msgfmt}"
CHECKER=tests/po_check
TERMS="$srcdir/tests/serbian-terms.txt"

command -v "$MSGFMT" >/dev/null 2>&1 || skip "msgfmt is not installed"
[ -x "$CHECKER" ] || skip "$CHECKER is not built (it needs libgettextpo-dev)"
[ -f "$srcdir/po/LINGUAS" ] || fail "no $srcdir/po/LINGUAS"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-consistency.XXXXXX") || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT

# ---- self-test: one fault of each kind in a copy of po/fa.po
src="$srcdir/po/fa.po"
[ -f "$src" ] || fail "no $src for the self-test"
broken="$tmp/broken.po"
# msgstr lines of one entry: /^msgid "X"/,/^$/{ /^msgstr/,/^$/ ... }
sed -e '/^msgid "Appeal to the Asylum Commission (15 days)"$/,/^$/{
		/^msgstr/,/^$/s/15/16/
		/^msgstr/,/^$/s/١٥/١٦/
		/^msgstr/,/^$/s/۱۵/۱۶/
	}' \
    -e '/^msgid "I got my 72-hours paper (potvrda o registraciji)"$/,/^$/{
		/^msgstr/,/^$/s/ *(potvrda o registraciji)//
	}' \
    -e "/^msgid \"%s: unknown event '%s'\\\\n\"\$/,/^\$/{
		/^msgstr/,/^\$/s/\\(.*\\)%s/\\1/
	}" \
    -e '/^msgstr/,/^$/s/2457-376/2457-377/' \
    -e '/^msgstr/,/^$/s/\\"192\\"/\\"١٩٢\\"/' \
    -e '/^msgid "Source:"$/,/^$/s/^msgstr\[1\] .*/msgstr[1] ""/' \
    -e '/^msgid "The events are:"$/i\
#, fuzzy' \
    -e '/^"X-Native-Speaker-Reviewed: no\\n"$/d' \
    "$src" > "$broken" || fail "sed could not make $broken"
cmp -s "$src" "$broken" && fail "the self-test's sed changed nothing in $src"

"$CHECKER" -t "$TERMS" "$broken" > "$tmp/broken.out" 2>&1
status=$?
cat "$tmp/broken.out"
[ $status = 1 ] || fail "po_check exited $status on a broken catalogue, not 1"

# expect_problem MSGID-TEXT PROBLEM-TEXT: one line names both
expect_problem() {
	grep -F -- "msgid \"$1" "$tmp/broken.out" | grep -F -q -- "$2" ||
		fail "po_check did not report on \"$1\": $2"
}
expect_problem 'Appeal to the Asylum Commission (15 days)' \
	'numbers differ (expected 15, found 16)'
expect_problem 'I got my 72-hours paper (potvrda o registraciji)' \
	'Serbian term missing (expected "potvrda o registraciji"'
# shellcheck disable=SC2016 # a printf directive, not an expansion
expect_problem "%s: unknown event '%s'" \
	'format directives differ (expected %2$s, found none)'
expect_problem 'contact \"%s\": \"%s\" is not a phone number' \
	'phone numbers differ (expected +381112457376, found +381112457377)'
expect_problem 'contact \"%s\": \"%s\" is not a phone number' \
	'phone number not in ASCII digits (expected 0-9, found ١٩٢)'
expect_problem 'Source:" msgstr[1]' 'untranslated'
expect_problem 'The events are:' 'fuzzy'
expect_problem '"' 'header: no review field'
# the line printed is the line of the entry's msgid
line=$(grep -n '^msgid "The events are:"$' "$broken" | cut -d: -f1)
grep -F -q "$broken:$line: msgid \"The events are:\": fuzzy" "$tmp/broken.out" ||
	fail "po_check did not give line $line of the fuzzy entry"
grep -F -q "$broken: " "$tmp/broken.out" ||
	fail "po_check printed no summary for $broken"
echo "self-test: the broken catalogue failed with each fault named"

# ---- the real catalogues
catalogues=
# shellcheck disable=SC2013 # LINGUAS is a list of words
for lang in $(sed -e 's/#.*//' "$srcdir/po/LINGUAS"); do
	po="$srcdir/po/$lang.po"
	[ -f "$po" ] || fail "po/LINGUAS lists $lang but there is no $po"
	"$MSGFMT" --check --statistics -o /dev/null "$po" ||
		fail "$po does not pass msgfmt --check"
	catalogues="$catalogues $po"
done
[ -n "$catalogues" ] || fail "po/LINGUAS lists no catalogue"
# shellcheck disable=SC2086
"$CHECKER" -t "$TERMS" $catalogues ||
	fail "a translation does not say what the English says (see above)"
echo "po-consistency: passed"
