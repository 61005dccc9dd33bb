#!/bin/sh
# export.sh: handouts. The text of a page is what its screen shows at the
# same width; HTML is one self-contained file, right to left for an
# Arabic-script language; a wrong screen or option is refused.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

# the screen at 74 columns has a 72-column body: the same text as --width 72
"$PUTOKAZ" --export reach-centre --width 72 --today 2026-11-22 >"$tmp/export.full" ||
	fail "--export reach-centre failed"
# the page itself; its cards follow under "To show an official:"
sed '/^To show an official:$/,$d' "$tmp/export.full" | sed '$d' >"$tmp/export.txt"
grep -q "^I have a registration certificate.  *| " "$tmp/export.full" ||
	fail "the page's card is not printed side by side"
lines=$(wc -l <"$tmp/export.txt")
start 74x$((lines + 2)) env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
keys 1 4
expect "Reach the centre in 72 hours"
expect "Facts last checked"
screen | sed -n "2,$((lines + 1))p" | sed 's/^ //; s/ *$//' >"$tmp/screen.txt"
sed 's/ *$//' "$tmp/export.txt" >"$tmp/export.trimmed"
diff -u "$tmp/screen.txt" "$tmp/export.trimmed" >&2 ||
	fail "the exported text differs from the screen"
keys q y
expect_exit

# every screen, text: each page with its sources and date
"$PUTOKAZ" --export all >"$tmp/all.txt" || fail "--export all failed"
[ "$(grep -c '^Facts last checked: ' "$tmp/all.txt")" -ge 25 ] ||
	fail "not every page has its date in the export"
# display columns, not bytes
[ "$(wc -L <"$tmp/all.txt")" -le 72 ] || fail "a line of the text export is wider than 72"
grep -q "Emergency: Police 192" "$tmp/all.txt" || fail "the directory is not in the export"
grep -q "Phone: +381 21 528-132" "$tmp/all.txt" || fail "contact details are not in the export"

# HTML
"$PUTOKAZ" --export all --format html >"$tmp/all.html" || fail "--export html failed"
grep -q '^<html lang="en" dir="ltr">$' "$tmp/all.html" || fail "no html element"
grep -q '<section id="reach-centre">' "$tmp/all.html" || fail "no section for a page"
grep -q '<p>Facts last checked: 2026-11-22</p>' "$tmp/all.html" || fail "no date in the html"
grep -q '<script\|<link\|src=' "$tmp/all.html" && fail "the html is not self-contained"

# right to left: an Arabic catalogue makes the page dir="rtl"
if command -v "${MSGFMT:-msgfmt}" >/dev/null 2>&1; then
	mkdir -p "$tmp/locale/ar/LC_MESSAGES"
	printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Putokaz: asylum in Serbia"\nmsgstr "بوتوكاز: اللجوء في صربيا"\n' >"$tmp/ar.po"
	"${MSGFMT:-msgfmt}" -o "$tmp/locale/ar/LC_MESSAGES/putokaz.mo" "$tmp/ar.po"
	LANGUAGE=ar "$PUTOKAZ" --localedir "$tmp/locale" --export about --format html >"$tmp/ar.html"
	grep -q '^<html lang="ar" dir="rtl">$' "$tmp/ar.html" || fail "no dir=rtl for Arabic: $(head -2 "$tmp/ar.html")"
fi

# refusals
"$PUTOKAZ" --export nowhere >/dev/null 2>"$tmp/err" && fail "an unknown screen was exported"
grep -q 'there is no screen "nowhere"' "$tmp/err" || fail "$(cat "$tmp/err")"
"$PUTOKAZ" --export all --format pdf >/dev/null 2>&1; [ $? = 2 ] || fail "--format pdf accepted"
"$PUTOKAZ" --export all --width 5 >/dev/null 2>&1; [ $? = 2 ] || fail "--width 5 accepted"
echo "export: all passed"
