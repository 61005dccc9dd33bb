#!/bin/sh
# pot-uptodate.sh: po/content.pot is what the program writes from the content
# now; when a screen changes, `make update-content-pot` must follow.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$PUTOKAZ" --pot >"$tmp" || fail "--pot failed"
grep -q '^#\. screens/main.conf:[0-9]*: menu "main": title$' "$tmp" ||
	fail "no translator comment with file and line for the root menu"
grep -q "^#: data/content.conf:[0-9]*$" "$tmp" || fail "no reference to data/content.conf"
diff -u "$top_srcdir/po/content.pot" "$tmp" >&2 ||
	fail "po/content.pot is out of date: run make update-content-pot"
# every msgid the program draws is in the template xgettext reads
if command -v msgfmt >/dev/null 2>&1; then
	msgfmt --check-format --check-domain -o /dev/null "$tmp" || fail "msgfmt rejects the content template"
fi
echo "pot-uptodate: passed"
