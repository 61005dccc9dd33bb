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
rm -rf "$dir"
echo "e2e-catalogue: passed"
