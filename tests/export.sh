#!/bin/sh
# export.sh: handouts. The text of a page is what its screen shows at the
# same width; HTML is one self-contained file, right to left for an
# Arabic-script language; a wrong screen or option is refused.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

# the screen at 74 columns has a 72-column body: the same text as --width 72,
# but for the screen's "Press Enter" (a handout has no keys) and its blank line
"$PUTOKAZ" --export reach-centre --width 72 --today 2026-11-22 >"$tmp/export.full" ||
	fail "--export reach-centre failed"
# the page itself; its cards follow under "To show an official:"
sed '/^To show an official:$/,$d' "$tmp/export.full" | sed '$d' >"$tmp/export.txt"
grep -q "^I have a registration certificate.  *| " "$tmp/export.full" ||
	fail "the page's card is not printed side by side"
lines=$(wc -l <"$tmp/export.txt")
grep -q "Press Enter" "$tmp/export.full" && fail "the handout tells the reader to press a key"
start 74x$((lines + 4)) env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
keys 1 4
expect "Reach the centre in 72 hours"
expect "Facts last checked"
screen | sed -n "2,$((lines + 3))p" | sed 's/^ //; s/ *$//' |
	sed '/^Press Enter to show a sentence of this page to an official, in Serbian\.$/{N;d;}' >"$tmp/screen.txt"
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
# paper has no field to type a filter in
grep -q "^Filter:" "$tmp/all.txt" && fail "the handout prints the directory's empty Filter: line"

# HTML
"$PUTOKAZ" --export all --format html >"$tmp/all.html" || fail "--export html failed"
grep -q '^<html lang="en" dir="ltr">$' "$tmp/all.html" || fail "no html element"
grep -q '<section id="reach-centre">' "$tmp/all.html" || fail "no section for a page"
grep -q '<p>Facts last checked: 2026-11-22</p>' "$tmp/all.html" || fail "no date in the html"
grep -q '<script\|<link\|src=' "$tmp/all.html" && fail "the html is not self-contained"
# every link leads to a section of the handout: no language to choose on paper
for id in $(grep -o 'href="#[^"]*"' "$tmp/all.html" | sed 's/href="#//; s/"$//' | sort -u); do
	grep -q "<section id=\"$id\">" "$tmp/all.html" || fail "a link to #$id leads nowhere"
done
grep -q "Language / Langue" "$tmp/all.txt" && fail "the text handout offers a language to choose"

# every language: the direction its configuration gives, its own code, and
# the same sentences in the same order in both formats (the cards' table
# and the text's side-by-side cards apart), every caveat among them
sentences() {
	# words, one a line; a bullet's "- " and the rules between screens apart
	tr -s ' \t' '\n\n' | grep -v -x -e '-' -e '-*' -e ''
}
for lang in en fr sr@latin sr ar fa fa_AF ps ur; do
	case $lang in ar | fa | fa_AF | ps | ur) dir=rtl ;; *) dir=ltr ;; esac
	"$PUTOKAZ" --lang "$lang" --export all --today 2026-11-22 >"$tmp/$lang.txt" ||
		fail "$lang: text export failed"
	"$PUTOKAZ" --lang "$lang" --export all --format html --today 2026-11-22 >"$tmp/$lang.html" ||
		fail "$lang: html export failed"
	grep -q "^<html lang=\"$lang\" dir=\"$dir\">\$" "$tmp/$lang.html" ||
		fail "$lang: not dir=$dir: $(sed -n 2p "$tmp/$lang.html")"
	# the cards: from their heading to the rule before the next screen
	cards=$(grep -m1 '^<h3>' "$tmp/$lang.html" | sed 's/<[^>]*>//g')
	[ -n "$cards" ] || fail "$lang: no cards in the html"
	sed "/^$cards\$/,/^-----*\$/d" "$tmp/$lang.txt" | sentences >"$tmp/$lang.txt.w"
	sed '1,/^<body>$/d; /^<h3>/,/^<\/table>$/d; /^<div class="codes">/,/^<\/div>$/d' "$tmp/$lang.html" |
		sed 's/<[^>]*>//g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g' |
		sentences >"$tmp/$lang.html.w"
	diff -u "$tmp/$lang.txt.w" "$tmp/$lang.html.w" >"$tmp/diff" ||
		fail "$lang: the html handout does not say what the text says: $(head -20 "$tmp/diff")"
	[ "$(grep -c "^$cards\$" "$tmp/$lang.txt")" = "$(grep -c '^<h3>' "$tmp/$lang.html")" ] ||
		fail "$lang: the two handouts have cards on different pages"
done
# the caveats in English: every "(last confirmed YEAR)" of the text is in the html
caveats() {
	tr -s ' \n' '  ' <"$1" | grep -o 'last confirmed [0-9]*' | wc -l | tr -d ' '
}
[ "$(caveats "$tmp/en.txt")" -gt 0 ] || fail "no 'last confirmed' caveat"
[ "$(caveats "$tmp/en.txt")" = "$(caveats "$tmp/en.html")" ] ||
	fail "the html drops a 'last confirmed' caveat"
# the calculator's handout: its note, not only its title
"$PUTOKAZ" --export deadlines --format html >"$tmp/calc.html"
grep -q 'This is not legal advice' "$tmp/calc.html" || fail "the calculator's handout has no note"
# the language code is the chosen one, escaped: nothing from the environment
LANGUAGE='x"><script>' "$PUTOKAZ" --export about --format html >"$tmp/env.html"
grep -q '^<html lang="en" dir="ltr">$' "$tmp/env.html" || fail "LANGUAGE reached the html: $(sed -n 2p "$tmp/env.html")"
# without --lang, LANGUAGE chooses an offered language: its text, code and direction
LANGUAGE=ar "$PUTOKAZ" --export about --format html >"$tmp/env-ar.html"
grep -q '^<html lang="ar" dir="rtl">$' "$tmp/env-ar.html" ||
	fail "LANGUAGE=ar: $(sed -n 2p "$tmp/env-ar.html")"

# refusals
"$PUTOKAZ" --export nowhere >/dev/null 2>"$tmp/err" && fail "an unknown screen was exported"
grep -q 'there is no screen "nowhere"' "$tmp/err" || fail "$(cat "$tmp/err")"
"$PUTOKAZ" --export all --format pdf >/dev/null 2>&1; [ $? = 2 ] || fail "--format pdf accepted"
"$PUTOKAZ" --export all --width 5 >/dev/null 2>&1; [ $? = 2 ] || fail "--width 5 accepted"
echo "export: all passed"
