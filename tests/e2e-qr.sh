#!/bin/sh
# e2e-qr.sh: the p key shows a QR code a phone can read. Each code is read
# back from the screen (capture-pane, the half blocks turned into a bitmap by
# qr-decode.py, decoded by zbarimg) and compared with the text it must hold:
# a card with the Farsi interface, a contact, the deadlines of a 72-hours
# paper; Esc goes back; an ASCII terminal and line mode get the text only.
# (A kiosk forgetting the code at its start-over: e2e-kiosk.sh.)
. "$(dirname "$0")/lib.sh"

# built without libqrencode: the key says so, and shows the text
if ! grep -q "^#define HAVE_QRENCODE" "$top_builddir/config.h"; then
	start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
	keys 1 1 Enter
	expect "Желим азил."
	keys p
	expect "This program was built without codes for a phone camera"
	expect "Желим азил."
	screen | LC_ALL=C grep -q "$(printf '\342\226[\200\204\210]')" && fail "a code drawn"
	keys Escape
	expect "Esc back to the page"
	echo "e2e-qr: built without codes: the key says so"
	exit 0
fi

ZBARIMG=${ZBARIMG:-$(command -v zbarimg)}
[ -n "$ZBARIMG" ] || skip "zbarimg is not installed (Debian: zbar-tools)"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"
work=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$work"' EXIT

# decoded: what zbarimg reads from the screen as it is now
decoded() {
	screen >"$work/screen.txt"
	python3 "$top_srcdir/tests/qr-decode.py" "$ZBARIMG" "$work" <"$work/screen.txt"
}

# expect_code TEXT: the code on the screen holds exactly TEXT
expect_code() {
	i=0
	while [ $i -lt 30 ]; do
		got=$(decoded) && [ "$got" = "$1" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "the code holds '$got', expected '$1'"
}

# a card, with the Farsi interface: the Serbian sentence, then the Farsi one
[ -f "$top_builddir/po/locale/fa/LC_MESSAGES/putokaz.mo" ] || skip "no Farsi catalogue built"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --bidi=app --lang fa --today 2026-11-22
keys 1 1 Enter
expect "Желим азил"
keys p
expect_code "$(printf 'Желим азил.\nمن پناهندگی می‌خواهم.')"
# the code is drawn black (30) on bright white (107), and is not mirrored
# (it decodes, above)
t capture-pane -e -p -t e2e | grep -q "$(printf '\033\[30m\033\[107m')" ||
	fail "the code is not drawn black on white"
keys Escape
expect "Желим азил"
t kill-server
sleep 0.3

# the same card where the terminal reorders right-to-left rows itself:
# each code row is isolated left to right, and no text shares its rows
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --bidi=terminal --lang fa --today 2026-11-22
keys 1 1 Enter
expect "Желим азил"
keys p
expect_code "$(printf 'Желим азил.\nمن پناهندگی می‌خواهم.')"
screen | grep "█" | LC_ALL=C grep -q "$(printf '[\330-\333]')" && fail "text on a code row"
screen | grep -q "$(printf '\342\201\246')" || fail "no left-to-right isolate on the code rows"
t kill-server
sleep 0.3

# a contact: a MECARD with the phones in international form
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-23T10:00
keys 7 f
keys -l "Asylum Protection"
keys Enter Enter
expect "Phone: +381 11 2457-376"
expect "p code"
keys p
expect_code 'MECARD:N:Asylum Protection Center;TEL:+381112457376;TEL:+381637047080;ADR:Sime Igumanova 14\, 11118 Beograd;;'
expect "+381 11 2457-376"
# at 80x24 it takes the largest code there is room for: version 6, 41
# modules (columns 2-42) with a 2-module border, in rows 0-22
span=$(screen | python3 -c '
import sys
rows = sys.stdin.read().split("\n")
ys = [y for y, l in enumerate(rows) if any(c in l for c in "\u2580\u2584\u2588")]
xs = [x for l in rows for x, c in enumerate(l) if c in "\u2580\u2584\u2588"]
print(min(xs), max(xs), min(ys), max(ys))')
[ "$span" = "2 42 1 21" ] || fail "the contact's code spans columns, rows $span"
# 60x16 holds a version 2 code at most: even the name and one phone are too long
resize 60x16
expect "This text is too long for a code"
expect "+381 11 2457-376"
screen | grep -q "[▀▄█]" && fail "a code drawn for a text too long"
resize 80x24
expect_code 'MECARD:N:Asylum Protection Center;TEL:+381112457376;TEL:+381637047080;ADR:Sime Igumanova 14\, 11118 Beograd;;'
keys Escape
expect "Phone: +381 11 2457-376"
# l on the code screen: the code, made in this language, goes first
keys p
expect "Esc back"
keys l
expect "Language / Langue / Jezik"
keys Escape
expect "Phone: +381 11 2457-376"
t kill-server
sleep 0.3

# the deadlines of a 72-hours paper issued 2026-12-03 14:30: at 80x24 they
# do not fit in one code: a code each, its date and time first, Space for the next
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-12-03
keys 6 1
keys -l "202612031430"
keys Enter
expect "Reach the asylum centre named on your paper"
keys p
expect "Code 1 of 3"
expect_code '2026-12-06 14:30 Reach the asylum centre named on your paper'
keys Space
expect "Code 2 of 3"
expect_code '2026-12-18 The Asylum Office should let you lodge your application'
keys Space
expect "Code 3 of 3"
expect_code '2026-12-26 Send your application yourself, if nobody took it'
# a larger screen holds them all in one code, a line each
resize 120x40
expect_code "$(printf '%s\n%s\n%s' \
	'2026-12-06 14:30 Reach the asylum centre named on your paper' \
	'2026-12-18 The Asylum Office should let you lodge your application' \
	'2026-12-26 Send your application yourself, if nobody took it')"
expect_not "Code 1 of"
# 40x12 holds no code: the screen says so and shows the text
resize 40x12
expect "The screen is too small for a code"
screen | grep -q "[▀▄█]" && fail "a code on a screen too small for one"
resize 80x24
keys Escape
expect "Reach the asylum centre named on your paper"
t kill-server
sleep 0.3

# an ASCII terminal: the text, one sentence why, no block character
start 80x24 env LANG=C TERM=vt100 "$PUTOKAZ" --lang en --today 2026-11-23T10:00
keys 7 f
keys -l "Asylum Protection"
keys Enter Enter
expect "Phone: +381 11 2457-376"
keys p
expect "needs a full screen that shows UTF-8"
expect "+381 11 2457-376"
screen | LC_ALL=C grep -q "$(printf '\342\226')" && fail "a block character on an ASCII terminal"
t kill-server

# line mode: the text of the card, with the same sentence
out=$(printf '1\n1\np\nq\n' | "$PUTOKAZ" --plain --lang en --today 2026-11-22)
printf '%s\n' "$out" | grep -q "p and Enter: the text of a code" || fail "line mode: no p"
printf '%s\n' "$out" | grep -q "needs a full screen that shows UTF-8" || fail "line mode: no sentence"
printf '%s\n' "$out" | grep -q "^Желим азил.$" || fail "line mode: no card text"
echo "e2e-qr: all passed"
