#!/bin/sh
# content.sh: content corrections that must stay corrected, read from the
# handouts (what a reader sees) in every language where it matters.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ex() { "$PUTOKAZ" --lang "$1" --export "$2" --today 2026-12-05 --width 500; }

ex en legal-aid >"$tmp/dir.txt" || fail "--export legal-aid failed"
# 112: say what is known, no "call 192, not 112"
grep -q "Call 192, not 112" "$tmp/dir.txt" && fail "the directory still says 'Call 192, not 112'"
grep -q "^Use the numbers 192, 193 and 194\. As far as the sources go, 112 is not" "$tmp/dir.txt" ||
	fail "the police note does not give 192, 193 and 194"
# a year only beside the field it dates: BCHR shows no phone or address
grep -q "Belgrade Centre for Human Rights.*last confirmed" "$tmp/dir.txt" &&
	fail "BCHR shows a year beside its name, but no field it dates"
grep -q "Police station where you can ask for asylum (Belgrade) (last confirmed 2023)" "$tmp/dir.txt" ||
	fail "police-asylum has no 'last confirmed 2023'"
# what the directory was checked against, in words that need nothing else
grep -q "These details were checked against the sources above on " "$tmp/dir.txt" ||
	fail "the directory does not say what was checked"

# facts too weak to show: the fingerprinting age, a humanitarian ground
ex en fingerprints | grep -E -q "\b1[46] years|\b1[46]\b" && fail "fingerprints: an age is shown"
ex en fingerprints | grep -q "ask a lawyer" || fail "fingerprints: no 'ask a lawyer'"
ex en pr-special | grep -q -i "humanitarian" && fail "pr-special: the humanitarian ground is shown"

# the months-and-years rule rests on the old law: the calculator says so
ex en deadlines | grep -q "The rule for months and years comes from the old law" ||
	fail "the calculator's note does not say the months rule is the old law's"
# the posting advice is content now, not in the program
grep -q "day of posting\|registered post" "$top_srcdir"/src/*.c && fail "legal advice in C"
grep -q "^    saturday-note = " "$top_srcdir/data/deadlines.conf" || fail "no saturday-note"

# the words to say to the police are Serbian in every language
for lang in en fr ar fa fa_AF ps ur sr sr@latin; do
	ex "$lang" ask-asylum | grep -q "Želim azil\|Желим азил" ||
		fail "$lang: ask-asylum does not give the Serbian words"
done

# translations mended (the catalogues' current entries, not the obsolete ones)
# one line: the wrapped lines of each string joined again
cat_text() { grep -v '^#' "$top_srcdir/po/$1.po" | sed 's/^msg[a-z]* //; s/^"//; s/"$//' | tr -d '\n'; }
cat_text fa | grep -q "تصمیم دربارهٔ درخواست پناهندگی خود را در 3 ماه بگیرید" &&
	fail "fa: the quoted guide says 'you must make the decision'"
cat_text ps | grep -q "تر ټولو وړاندې" && fail "ps: 'earliest' can be read as 'first of all'"
cat_text ur | grep -q "سب سے پہلا وقت ٹائپ کریں جو ہو سکتا تھا" && fail "ur: 'earliest time' unclear"
cat_text sr | grep -q "надлежн[^ ]* канцелариј" && fail "sr: the Asylum Office named only 'the competent office'"
cat_text sr | grep -q -i "избегличк[^ ]* статус" && fail "sr: refugee status not the Act's 'право на уточиште'"
cat_text sr | grep -q "пред судом (Upravni sud)\|- суд (Upravni sud)\|потврд[^ ]* (potvrda o registraciji)" &&
	fail "sr: a generic noun before a Serbian term: one rendering per term"
cat_text sr@latin | grep -q -i "nadležn[a-z]* kancelarij" && fail "sr@latin: 'the competent office'"
ex sr refugee-status | grep -q "право на уточиште\|Право на уточиште" || fail "sr: the refugee-status page does not use the Act's term"

# the content cites its sources, not sections of notes outside the
# repository (tests/standalone.sh looks for the other such pointers)
grep -n -i "section [0-9]" \
	"$top_srcdir"/screens/*.conf "$top_srcdir"/data/content.conf "$top_srcdir"/data/deadlines.conf \
	"$top_srcdir"/data/contacts.conf >"$tmp/refs" && fail "content refers outside: $(cat "$tmp/refs")"
echo "content: all passed"
