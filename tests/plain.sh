#!/bin/sh
# plain.sh: line mode: the same menus and pages as numbered lines, answered
# with a number and Enter (also Arabic-Indic digits); --plain, TERM=dumb or
# unknown, or no terminal; the same languages; end of input ends it.
. "$(dirname "$0")/lib.sh"

out=$(mktemp)
trap 'rm -f "$out"' EXIT

printf '1\n4\n0\n0\n\331\247\n2\n0\n0\nq\n' | TERM=dumb "$PUTOKAZ" --today 2026-11-22 >"$out" ||
	fail "line mode exit $?"
grep -q "^4. Reach the centre within 72 hours$" "$out" || fail "no numbered submenu"
grep -q "^Reach the centre in 72 hours$" "$out" || fail "the page was not printed"
grep -q "^Facts last checked: 2026-11-22$" "$out" || fail "the page's date was not printed"
grep -q "^To show an official:$" "$out" || fail "the page's card was not printed"
grep -q "Press Enter to show" "$out" && fail "line mode offers a card screen it does not have"
grep -q "^Emergency: Police 192" "$out" || fail "٧ did not open the directory"
# the list numbers its contacts, and the number opens that contact
grep -q "^  2\. Belgrade Centre for Human Rights" "$out" || fail "the directory's list has no numbers"
grep -q "^Belgrade Centre for Human Rights" "$out" || fail "2 did not open a contact's details"
# two digits too: the eleventh contact
printf '\331\247\n11\nq\n' | TERM=dumb "$PUTOKAZ" --today 2026-11-22 >"$out" || fail "line mode exit $?"
grep -q "^Crisis Response and Policy Centre" "$out" || fail "11 did not open the eleventh contact"
printf '99999999999999999999\nq\n' | TERM=dumb "$PUTOKAZ" >"$out" || fail "a long number: exit $?"
grep -q "There is no such number here" "$out" || fail "a long number was not refused"
printf '1\n4\n0\n0\n\331\247\n2\n0\n0\nq\n' | TERM=dumb "$PUTOKAZ" --today 2026-11-22 >"$out" ||
	fail "line mode exit $?"
[ "$(wc -L <"$out")" -le 80 ] || fail "a line is wider than 80"

# an unknown terminal type, and --plain on a terminal type curses knows
printf '8\nq\n' | TERM=no-such-terminal "$PUTOKAZ" >"$out" || fail "unknown TERM: exit $?"
grep -q "^About this guide$" "$out" || fail "no line mode for an unknown TERM"
printf '' | TERM=xterm "$PUTOKAZ" --plain >"$out" || fail "--plain: exit $?"
grep -q "^8. About this guide$" "$out" || fail "--plain did not print the menu"

# another language
if [ -f "$top_builddir/po/locale/fr/LC_MESSAGES/putokaz.mo" ]; then
	printf 'q\n' | "$PUTOKAZ" --plain --lang fr >"$out"
	grep -q "^1. L'asile étape par étape$" "$out" || fail "line mode in French"
fi
echo "plain: all passed"
