#!/bin/sh
# catalogue-broken.sh: no catalogue can crash putokaz. A translation whose
# conversions do not match its msgid's (a catalogue built without msgfmt
# --check) is not used, and --check names the catalogue and the msgid; a Plural-Forms that divides by zero is found before
# first use, named by --check (exit 2) and never used; truncated catalogues
# neither crash --check nor the program.
. "$(dirname "$0")/lib.sh"

command -v msgfmt >/dev/null 2>&1 || skip "msgfmt is not installed"
tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
po="$top_srcdir/po/fr.po"

# mkcat NAME: $tmp/NAME/fr/LC_MESSAGES/putokaz.mo from $tmp/NAME.po, unchecked
mkcat() {
	mkdir -p "$tmp/$1/fr/LC_MESSAGES"
	msgfmt -o "$tmp/$1/fr/LC_MESSAGES/putokaz.mo" "$tmp/$1.po" || fail "msgfmt $1"
}

# a format that does not match: the window-size message reads two numbers
awk '/^msgid "Please make the window larger \(at least %d x %d\)."/ { print; getline;
	print "msgstr \"Agrandissez la fenetre (%s x %s).\""; next } { print }' "$po" >"$tmp/format.po"
grep -q 'Agrandissez la fenetre (%s x %s)' "$tmp/format.po" || fail "format.po"
mkcat format
start 30x10 env TERM=xterm-256color "$PUTOKAZ" --localedir "$tmp/format" --lang fr --today 2026-11-22
expect "Please make the window"
sleep 0.3
[ "$(pane_dead)" = 0 ] || fail "a mismatched format ended the program"
t kill-server
"$PUTOKAZ" --localedir "$tmp/format" --check >/dev/null 2>"$tmp/err"
[ $? = 2 ] || fail "--check does not refuse a mismatched format"
grep -q "^$tmp/format/fr/LC_MESSAGES/putokaz.mo: msgid \"Please make the window larger (at least %d x %d).\": the translation's conversions are not the msgid's; the English is used$" "$tmp/err" ||
	{ cat "$tmp/err" >&2; fail "--check does not name the catalogue and the msgid"; }
sleep 0.2

# a Plural-Forms that divides by zero
sed 's/^"Plural-Forms: .*/"Plural-Forms: nplurals=2; plural=(n \/ 0);\\n"/' "$po" >"$tmp/plural.po"
mkcat plural
"$PUTOKAZ" --localedir "$tmp/plural" --check >/dev/null 2>"$tmp/err"
[ $? = 2 ] || fail "--check does not refuse a broken Plural-Forms"
grep -q "$tmp/plural/fr/LC_MESSAGES/putokaz.mo: the catalogue of fr cannot be used" "$tmp/err" ||
	fail "--check does not name the broken catalogue"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --localedir "$tmp/plural" --lang fr --today 2026-11-22
sleep 0.5
keys 6
sleep 0.3
keys 3 2 0 2 6 0 1 3 1 Enter 1
sleep 1
[ "$(pane_dead)" = 0 ] || fail "a broken Plural-Forms ended the program"
t kill-server

# truncated catalogues
mo="$tmp/plural/fr/LC_MESSAGES/putokaz.mo"
msgfmt -o "$tmp/whole.mo" "$po"
size=$(wc -c <"$tmp/whole.mo")
for cut in 20 100 1000 $((size / 2)) $((size - 8)); do
	head -c "$cut" "$tmp/whole.mo" >"$mo"
	"$PUTOKAZ" --localedir "$tmp/plural" --check >/dev/null 2>&1
	rc=$?
	[ $rc = 0 ] || [ $rc = 2 ] || fail "--check on a catalogue cut at $cut bytes: status $rc"
	"$PUTOKAZ" --localedir "$tmp/plural" --lang fr --export all >/dev/null 2>&1
	rc=$?
	[ $rc = 0 ] || [ $rc = 2 ] || fail "--export on a catalogue cut at $cut bytes: status $rc"
done
echo "catalogue-broken: all passed"
