#!/bin/sh
# e2e-directory.sh: the legal-aid directory and the search, in a pty: the
# emergency numbers on every screen of it, a filter typed in another script
# narrows the list, a contact's details show its sources; "/" finds a page
# and a contact and opens them.
. "$(dirname "$0")/lib.sh"

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang en --today 2026-11-23T10:00
expect "Free legal aid and contacts"
keys 7
expect "Emergency: Police 192 | Fire and rescue 193 | Ambulance 194"
expect "contacts, grouped by city"
expect "Beograd"
expect_not "Not 112"
all=$(screen | sed -n 's/.* \([0-9]*\) contacts, grouped by city.*/\1/p')
[ -n "$all" ] && [ "$all" -gt 10 ] || fail "contact count: $all"
# f focuses the filter; the city written in Cyrillic finds Novi Sad
keys f
expect "Filter: _"
keys -l "Нови Сад"
expect "Filter: Нови Сад_"
expect "Humanitarian Center for Integration and Tolerance (HCIT)"
expect_not "Asylum Protection Center"
few=$(screen | sed -n 's/.* \([0-9]*\) contacts\{0,1\}, grouped by city.*/\1/p')
[ "$few" -lt "$all" ] || fail "the filter did not narrow the list ($few of $all)"
# the keypad's Enter leaves the field like Enter, and opens nothing
keys KPEnter
expect "Enter open  f filter"
expect_not "Phone: +381 21 528-132"
keys Enter
expect "Vojvođanskih brigada 17, 21000 Novi Sad"
expect "Phone: +381 21 528-132"
expect "Sources:"
expect "These details were checked against the sources above on 2026-11-22."
expect "Emergency: Police 192"
keys Escape
expect "Filter: Нови Сад"
# the first Esc clears the filter
keys Escape
expect "Filter:"
expect "Asylum Protection Center"
# group by service
keys g
expect "grouped by service"
expect "Free legal aid"
# a contact whose sources disagree on the address: no address, ask by phone
keys f
keys -l "foreign"
keys Enter Enter
expect "Address: ask by phone"
expect "Phone: +381 11 3618956 (last confirmed 2018)"
expect_not "Savska"
keys Escape Escape Escape
expect "Your rights during the procedure"

# search everything from the main menu: a page, opened at the line that matched
keys /
expect "Search for: _"
keys -l "otisci"
keys BSpace BSpace BSpace BSpace BSpace BSpace
keys -l "database"
keys Enter
expect "matches:"
expect "Fingerprints:"
keys Enter
expect "database"
keys Escape
expect "Search for: database"
keys Escape
# a contact, typed without the diacritics of its name
keys /
keys -l "vojvodjanskih"
keys Enter
expect "Contact: Humanitarian Center"
keys Enter
expect "Phone: +381 21 528-132"
keys q y
expect_exit
t kill-server

# an emergency service's name is a word, translated; an organisation's is not
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang sr@latin --today 2026-11-23T10:00
keys 7
expect "Hitni slučajevi: Policija 192 | Vatrogasno-spasilačka služba 193 | Hitna"
expect "Asylum Protection Center"
# found in the language shown, and its details claim no opening hours
keys /
keys -l "hitna pomoc"
keys Enter
expect "Kontakt: Hitna pomoć"
keys Enter
expect "Telefon: 194"
expect_not "radno vreme nije poznato"
keys q y
expect_exit
echo "e2e-directory: all passed"
