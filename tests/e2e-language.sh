#!/bin/sh
# e2e-language.sh: the language chooser comes first (every language in its
# own name; unreviewed catalogues marked); LANGUAGE preselects; l and F2 open
# it from anywhere and the language changes in place, on the same screen;
# --lang skips it; a kiosk starting over goes back to it, in the first language.
. "$(dirname "$0")/lib.sh"

[ -f "$top_builddir/po/locale/fr/LC_MESSAGES/putokaz.mo" ] || skip "no catalogues built"
start 80x24 env TERM=xterm-256color LANGUAGE=sr "$PUTOKAZ" --kiosk --today 2026-11-22
expect "Language / Langue / Jezik / Језик"
expect "2. Français *"
expect "4. Српски (ћирилица) *"
# the footnote for the marked ones, here in the preselected Serbian
screen | grep -q "^ \* " || fail "no footnote for unreviewed catalogues"
keys Enter
expect "Азил у Србији"
keys 1
expect "Азил корак по корак"
keys l
expect "1. English"
keys 2
expect "L'asile étape par étape"
expect "Demander l'asile dans un poste de police"
keys F2
expect "1. English"
keys 1
expect "Asylum step by step"
expect "Ask for asylum at a police station"
# a kiosk's start over: back to the chooser, in the language it started in
keys 0
expect "Language / Langue / Jezik / Језик"
keys Enter
expect "Азил у Србији"
t kill-server

start 80x24 env TERM=xterm-256color "$PUTOKAZ" --lang fr --today 2026-11-22
expect "L'asile en Serbie"
expect_not "1. English"
echo "e2e-language: all passed"
