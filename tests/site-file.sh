#!/bin/sh
# site-file.sh: the site file and the site's own files. The shipped site file
# sets nothing and offers every language of the content; offer = {...}
# narrows them in the site's order and refuses a code the content lacks;
# local.d/*.conf beside the site file is read in name order (a contact id
# written twice is reported at the later name), may be missing, and its
# contacts show in the directory; an include pattern cannot leave the
# site's folder.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
site="$top_srcdir/data/putokaz.conf"
grep -v '^#' "$site" | grep -v '^include(' | grep -q . && fail "the shipped site file sets something"
"$PUTOKAZ" --check | grep -q ' 9 languages' || fail "the shipped site file does not offer the 9 languages"

# offer: narrows, in the site's order
cp "$site" "$tmp/putokaz.conf"
echo 'offer = {"fa", "en"}' >>"$tmp/putokaz.conf"
"$PUTOKAZ" -c "$tmp/putokaz.conf" --check | grep -q ' 2 languages' || fail "offer did not narrow"
"$PUTOKAZ" -c "$tmp/putokaz.conf" --lang fr --calc decision=2026-01-31 >/dev/null 2>&1 &&
	fail "--lang fr accepted though the site does not offer it"
start 80x24 env TERM=xterm-256color "$PUTOKAZ" -c "$tmp/putokaz.conf" --bidi=terminal --today 2026-11-22
expect "1. فارسی"
expect "2. English"
t kill-server
echo 'offer = {"en", "xx"}' >>"$tmp/putokaz.conf"
out=$("$PUTOKAZ" -c "$tmp/putokaz.conf" --check 2>&1) && fail "offer of an unknown code accepted"
echo "$out" | grep -q "'offer' names \"xx\", which is not in the content's languages" ||
	fail "no clear message for offer = xx: $out"

# local.d: missing is fine; read in name order; its contacts are shown
cp "$site" "$tmp/putokaz.conf"
"$PUTOKAZ" -c "$tmp/putokaz.conf" --check >/dev/null || fail "no local.d: refused"
mkdir "$tmp/local.d"
"$PUTOKAZ" -c "$tmp/putokaz.conf" --check >/dev/null || fail "empty local.d: refused"
for name in 20-town 10-camp; do
	cat >"$tmp/local.d/$name.conf" <<EOT
contact {
    id = "site-desk"
    group = "organisation"
    name = "Site desk $name"
    services = {"legal-aid"}
    note = "Ask at the desk."
    source = {"this site"}
    verified = "2026-11-22"
}
EOT
done
echo 'not a contact' >"$tmp/local.d/README"
out=$("$PUTOKAZ" -c "$tmp/putokaz.conf" --check 2>&1) && fail "a duplicate id accepted"
echo "$out" | grep -q "local.d/20-town.conf:4: duplicate contact id \"site-desk\" (first defined at .*local.d/10-camp.conf:4)" ||
	fail "local.d not read in name order: $out"
sed -i 's/"site-desk"/"town-desk"/' "$tmp/local.d/20-town.conf"
"$PUTOKAZ" -c "$tmp/putokaz.conf" --export legal-aid >"$tmp/out" || fail "local contacts refused"
grep -q "Site desk 10-camp" "$tmp/out" && grep -q "Site desk 20-town" "$tmp/out" ||
	fail "the local contacts are not in the directory"

# a pattern cannot leave the site's folder
printf 'include("../*.conf")\n' >"$tmp/escape.conf"
out=$("$PUTOKAZ" -c "$tmp/escape.conf" --check 2>&1) && fail "include(\"../*.conf\") accepted"
echo "$out" | grep -q "not allowed here" || fail "no clear message for ../*.conf: $out"
echo "site-file: passed"
