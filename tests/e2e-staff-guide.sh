#!/bin/sh
# e2e-staff-guide.sh: the three edits of the README's staff guide, done as it
# says on a copy of the shipped content laid out as installed: fix a phone
# number, add a local contact in local.d/, add a page and link it from a
# menu. Each passes --check and shows on the screen. (The number and the
# contact are made up for this copy only; they never reach the content.)
. "$(dirname "$0")/lib.sh"

site=$(mktemp -d)
err=$(mktemp)
cleanup() {
	t kill-server 2>/dev/null
	rm -rf "$site" "$err"
}
trap cleanup EXIT
copy_content "$site"

# 1. fix a phone number: edit it in contacts.conf, keep the form "+381 ..."
grep -q '"+381 21 528-132"' "$site/contacts.conf" || fail "the contact to fix is gone"
sed -i 's/"+381 21 528-132"/"+381 21 528-133"/' "$site/contacts.conf"

# 2. a local contact: a file of its own in local.d/, which no update replaces
grep -q 'include("local.d/\*.conf")' "$site/putokaz.conf" ||
	printf 'include("local.d/*.conf")\n' >>"$site/putokaz.conf"
mkdir "$site/local.d"
cat >"$site/local.d/our-contacts.conf" <<'EOF'
contact {
    id = "our-test-office"
    name = "Our test office"
    about = "Help with papers, in this camp only."
    city = "Subotica"
    phones = {"+381 24 555-0100"}
    source = {"Our own visit, 2026"}
    verified = "2026-11-20"
}
EOF

# 3. a new page, included from content.conf and linked from a menu
cat >"$site/screens/work.conf" <<'EOF'
# screens/work.conf: a page added by the site
page "work" {
    title = "Work during the procedure"
    text = "A test page added by following the staff guide."
    source = {"The staff guide's example, 2026"}
    updated = "2026-11-20"
}
EOF
printf 'include("screens/work.conf")\n' >>"$site/content.conf"
sed -i 's|^\(    item { label = "Illegal entry and stay".*\)$|\1\n    item { label = "Work during the procedure" goto = "work" }|' \
	"$site/screens/papers.conf"

"$PUTOKAZ" --check -c "$site/putokaz.conf" >/dev/null 2>"$err" ||
	fail "--check after the three edits: $(cat "$err")"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" -c "$site/putokaz.conf" --lang en \
	--today 2026-11-23T10:00
expect "Free legal aid and contacts"
# the page, from the papers menu
keys 3
expect "6. Work during the procedure"
keys 6
expect "A test page added by following the staff guide."
keys Escape Escape
expect "Free legal aid and contacts"
# the fixed number
keys 7
expect "contacts, grouped by city"
keys f
keys -l "Novi Sad"
expect "Humanitarian Center for Integration and Tolerance (HCIT)"
keys Enter Enter
expect "Phone: +381 21 528-133"
keys Escape Escape
expect "Filter:"
# the local contact
keys f
keys -l "test office"
expect "Our test office"
keys Enter Enter
expect "Phone: +381 24 555-0100"
echo "e2e-staff-guide: all passed"
