#!/bin/sh
# e2e-catalogue.sh: content strings reach the screen through gettext: a small
# test catalogue changes a page's text, and the screen shows the translation.
. "$(dirname "$0")/lib.sh"

command -v "${MSGFMT:-msgfmt}" >/dev/null 2>&1 || skip "msgfmt is not installed"
dir=$(mktemp -d)
mkdir -p "$dir/fr/LC_MESSAGES"
"${MSGFMT:-msgfmt}" --check -o "$dir/fr/LC_MESSAGES/putokaz.mo" "$top_srcdir/tests/test-catalogue.po" ||
	fail "msgfmt failed"

start 80x24 env LANGUAGE=fr "$PUTOKAZ" -c "$FIXTURES/good.conf" --localedir "$dir"
expect "Menu principal"
expect "1. La page"
keys 1
expect "Une page"
expect "Du texte."
expect_not "Some text."
# the program's own strings come from the same catalogue
expect "Source :"
keys q y
expect_exit

# --check reports each language's coverage and whether it was reviewed: the
# test catalogue translates 4 of the 6 content strings and has no review field
sed 's/item { label = "The page" goto = "p" }/&\
    item { label = "Language" goto = "language" }/' "$FIXTURES/good.conf" >"$dir/two.conf"
cat >>"$dir/two.conf" <<'EOF'
languages = {"en", "fr"}
language "en" { name = "English" }
language "fr" { name = "Français" }
EOF
out=$("$PUTOKAZ" --check -c "$dir/two.conf" --localedir "$dir") || fail "--check: $out"
printf '%s\n' "$out" | grep -q -x "  fr: 4 of 6 content strings translated (66%), not yet reviewed by a native speaker" ||
	fail "coverage of the test catalogue: $out"
# reviewed, and a translation spelled as the English still counts
{
	sed 's/^"Language: fr\\n"$/&\
"X-Native-Speaker-Reviewed: yes\\n"/' "$top_srcdir/tests/test-catalogue.po"
	printf '\nmsgid "A source, 2026"\nmsgstr "A source, 2026"\n'
} >"$dir/reviewed.po"
"${MSGFMT:-msgfmt}" --check -o "$dir/fr/LC_MESSAGES/putokaz.mo" "$dir/reviewed.po" || fail "msgfmt failed"
out=$("$PUTOKAZ" --check -c "$dir/two.conf" --localedir "$dir") || fail "--check: $out"
printf '%s\n' "$out" | grep -q -x "  fr: 5 of 6 content strings translated (83%)" ||
	fail "coverage of the reviewed catalogue: $out"
# the shipped catalogues are complete: N of N for every language offered
out=$("$PUTOKAZ" --check) || fail "--check of the shipped content: $out"
n=$(printf '%s\n' "$out" | grep -c "^  [a-zA-Z_@]*: \([0-9]*\) of \1 content strings translated (100%)")
[ "$n" = 8 ] || fail "shipped coverage: $n of 8 languages complete: $out"
rm -rf "$dir"
echo "e2e-catalogue: passed"
