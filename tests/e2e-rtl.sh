#!/bin/sh
# e2e-rtl.sh: right-to-left languages on the screen. With --bidi=app, Farsi
# is shaped (presentation forms), right-aligned, with the menu numbers (in
# Persian digits) at the right edge. With auto in tmux (which hides the outer
# terminal), choosing Farsi asks "which line can you read?" (A, B, C): A
# gives the app's layout, C hides the Arabic-script languages with an
# English notice. An ASCII terminal never offers them and spells Serbian
# and French in ASCII from the table in the data.
. "$(dirname "$0")/lib.sh"

[ -f "$top_builddir/po/locale/fa/LC_MESSAGES/putokaz.mo" ] || skip "no catalogues built"
# without FriBidi (./configure --without-fribidi) there is no app mode:
# the rest must still work, and the check offers B and C only
app=yes
"$PUTOKAZ" --bidi=app --version >/dev/null 2>&1 || app=no

# right_aligned N: at least N rows end in the last column but one (80
# columns, one column of margin) and start with spaces: counted in
# characters (wc -m), so rows with combining marks do not count
right_aligned() {
	n=0
	rows=$(screen)
	while IFS= read -r row; do
		case "$row" in
		"  "*[!\ ]) [ "$(printf '%s' "$row" | wc -m)" -eq 79 ] && n=$((n + 1)) ;;
		esac
	done <<EOF2
$rows
EOF2
	[ $n -ge "$1" ]
}
# Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF): EF AD..EF B7, EF B9..EF BB
shaped() {
	screen | LC_ALL=C grep -q "$(printf '\357[\255-\267\271-\273]')"
}

# the content's version as the shipped content gives it (no test names a
# release: a content release must not break the build)
version=$(sed -n 's/^content-version = "\(.*\)"$/\1/p' "$top_srcdir/data/content.conf")
[ -n "$version" ] || fail "no content-version in data/content.conf"
vre=$(printf '%s' "$version" | sed 's/\./\\./g')

if [ $app = yes ]; then
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --bidi=app --lang fa --today 2026-11-22
	expect "$version"
	shaped || fail "Farsi is not shaped to presentation forms in app mode"
	# the title, the intro and the nine menu items
	right_aligned 8 || fail "Farsi rows are not right-aligned"
	# item 1: "۱." in logical order is ".۱" at the right edge
	screen | grep -q ' \.۱$' || fail "menu number 1 (Persian digit) is not at the right edge"
	screen | grep -q ' \.۹$' || fail "menu number 9 (Persian digit) is not at the right edge"
	# the position (here the content version) is at the right of the key bar,
	# the hints to its left
	screen | tail -n 1 | grep -q "1-9 .*$vre" || fail "content version not right of the hints"
	keys 6
	# today in Persian digits, and in the Solar Hijri calendar (1 Azar 1405 is
	# 22 November 2026, from the Iranian calendar's published table)
	expect "۲۰۲۶"
	expect "۱۴۰۵"
	right_aligned 3 || fail "the calculator is not right-aligned"
	t kill-server
fi

# auto under tmux: the person is asked
if [ $app = yes ]; then
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --today 2026-11-22
	expect "Language / Langue / Jezik / Језик"
	expect "6. فارسی"
	keys 6
	expect "Which line can you read? Press its letter: A, B or C."
	expect "B  فارسی: "
	screen | grep -q '^ *A  ' || fail "no line A"
	screen | grep -q '^ *C  I cannot read A or B.' || fail "no line C"
	keys a
	expect "$version"
	right_aligned 8 || fail "after A, Farsi is not right-aligned"
	shaped || fail "after A, Farsi is not shaped"
	t kill-server
fi

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --today 2026-11-22
expect "6. فارسی"
keys 6
expect "Which line can you read?"
expect "B  فارسی: "
if [ $app = no ]; then
	screen | grep -q '^ *A  ' && fail "line A offered without FriBidi"
fi
# Esc answers nothing: back, in English, and asked again next time
keys Escape
expect "Asylum in Serbia"
expect_not "Which line can you read?"
keys l 6
expect "Which line can you read?"
keys c
expect "need a Unicode screen"
expect "4. Српски (ћирилица)"
expect_not "فارسی"
expect_not "5. "
t kill-server

# B: the terminal reorders: logical, unshaped text, left-aligned, and the key
# bar holds only the hints (one field per row)
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --bidi=terminal --lang fa --today 2026-11-22
expect "۱. "
shaped && fail "terminal mode must not shape"
right_aligned 1 && fail "terminal mode must not right-align"
screen | tail -n 1 | grep -q '2026\.11\.22' && fail "a second field on the key bar"
t kill-server

# no locale at all (LANG unset, or C) on a terminal that takes UTF-8, and a
# locale the machine does not have (as SSH clients send): still UTF-8, so
# every language is offered in its own script
for how in "-u LANG" "LANG=C" "LANG=xx_YY.UTF-8"; do
	# shellcheck disable=SC2086
	start 80x24 env $how TERM=xterm-256color "$PUTOKAZ" --today 2026-11-22
	expect "5. العربية"
	expect "4. Српски (ћирилица)"
	t kill-server
done

# an ASCII serial terminal: no Arabic script, Serbian spelled in ASCII
start 80x24 env LANG=C TERM=vt100 "$PUTOKAZ" --today 2026-11-22
expect "Srpski (cirilica)"
expect "need a Unicode screen"
screen | LC_ALL=C grep -q '[^ -~]' && fail "non-ASCII output on an ASCII terminal"
keys 4
expect "Azil u Srbiji"
keys 8
expect "Putokaz"
screen | LC_ALL=C grep -q '[^ -~]' && fail "non-ASCII output on an ASCII terminal"
# French without its accents ("À propos", "dernière vérification"), on the
# same screen
keys l
expect "2. Francais"
keys 2
expect "A propos de ce guide"
expect "derniere verification"
screen | LC_ALL=C grep -q '[^ -~]' && fail "non-ASCII output on an ASCII terminal"
echo "e2e-rtl: all passed"
