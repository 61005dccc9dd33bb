#!/bin/sh
# export-qr.sh: the HTML handout carries a QR code for every card and every
# contact, as inline SVG; rendered (rsvg-convert) and decoded (zbarimg),
# each holds what the screen's code holds. The calculator's never appear.
. "$(dirname "$0")/lib.sh"

ZBARIMG=${ZBARIMG:-$(command -v zbarimg)}
[ -n "$ZBARIMG" ] || skip "zbarimg is not installed (Debian: zbar-tools)"
command -v rsvg-convert >/dev/null 2>&1 || skip "rsvg-convert is not installed (Debian: librsvg2-bin)"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"
grep -q "^#define HAVE_QRENCODE" "$top_builddir/config.h" || skip "built without QR codes (--without-qrencode)"
[ -f "$top_builddir/po/locale/fa/LC_MESSAGES/putokaz.mo" ] || skip "no Farsi catalogue built"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PUTOKAZ" --export all --format html --lang fa --today 2026-11-22 >"$work/h.html" ||
	fail "--export all --format html"

# the SVG whose caption starts with $1, rendered and decoded
decode_svg() {
	python3 - "$work/h.html" "$1" >"$work/code.svg" <<'PY' || return 1
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for svg, cap in re.findall(r'<figure dir="ltr">(<svg.*?</svg>)<figcaption[^>]*>(.*?)</figcaption>', html):
    if cap.startswith(sys.argv[2]):
        print(svg)
        sys.exit(0)
sys.exit(1)
PY
	rsvg-convert -z 2 -b white "$work/code.svg" -o "$work/code.png" || return 1
	"$ZBARIMG" --quiet --raw -Sbinary "$work/code.png" 2>/dev/null
}

got=$(decode_svg "Желим азил.") || fail "no code for the card of Ask for asylum"
[ "$got" = "$(printf 'Желим азил.\nمن پناهندگی می‌خواهم.')" ] || fail "card code: '$got'"
got=$(decode_svg "Asylum Protection Center") || fail "no code for the Asylum Protection Center"
[ "$got" = 'MECARD:N:Asylum Protection Center;TEL:+381112457376;TEL:+381637047080;ADR:Sime Igumanova 14\, 11118 Beograd;;' ] ||
	fail "contact code: '$got'"

# a code for every card and every contact, and nothing else
cards=$(grep -c '<tr><td dir="auto">' "$work/h.html")
contacts=$(grep -c '^contact *{' "$top_srcdir/data/contacts.conf")
codes=$(grep -o '<svg ' "$work/h.html" | wc -l)
[ "$cards" -gt 0 ] && [ "$contacts" -gt 0 ] || fail "no cards or contacts in the handout"
[ "$codes" -eq $((cards + contacts)) ] || fail "$codes codes for $cards cards and $contacts contacts"
grep -q '<figcaption[^>]*>[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "$work/h.html" &&
	fail "a deadline's code in the handout"
# no external file: the SVG is inline
grep -q '<img\|<object\|xlink:href' "$work/h.html" && fail "an external image in the handout"
echo "export-qr: all passed"
