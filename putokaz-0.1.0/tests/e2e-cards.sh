#!/bin/sh
# e2e-cards.sh: a page's card for an official: Enter shows the sentence alone,
# centred, in the person's language and in Serbian Cyrillic; Esc returns.
# Uses the catalogues of po/ laid out in the build tree.
. "$(dirname "$0")/lib.sh"

[ -f "$top_builddir/po/locale/sr/LC_MESSAGES/putokaz.mo" ] ||
	skip "no Serbian catalogue built (po/LINGUAS)"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-22
keys 1 1
expect "Press Enter to show a sentence of this page to an official"
expect "Enter show"
keys Enter
expect "I want asylum."
expect "Желим азил."
# alone and centred: the sentence is the only text, in the middle columns
row=$(screen | grep -n "I want asylum." | cut -d: -f1)
line=$(screen | sed -n "${row}p")
lead=$(printf '%s' "$line" | sed 's/[^ ].*//' | wc -c)
[ "$lead" -gt 25 ] || fail "the card is not centred: '$line'"
expect_not "Omladinskih brigada"
keys Escape
expect "Omladinskih brigada 1, Novi Beograd"
keys q y
expect_exit
echo "e2e-cards: all passed"
