#!/bin/sh
# edit-mistakes.sh: editing mistakes as a new editor makes them, each made on
# a copy of the shipped content and checked with putokaz --check: the file,
# the line and the words of the message, or that a harmless difference (a
# byte order mark, Windows line ends) is accepted.
#
# Each row: a name, an edit (shell, run in the copy; it may set L to the
# line the message must name), and the message expected ("FILE:LINE: words",
# after the copy's folder is removed), or "OK" for an edit that must pass.
. "$(dirname "$0")/lib.sh"

copy=$(mktemp -d)
out=$(mktemp)
trap 'rm -rf "$copy" "$out"' EXIT
failed=0
rows=0

# the content laid out as installed: site file, content and screens together
fresh() {
	rm -rf "$copy" && copy_content "$copy"
}

# line FILE TEXT: the first line of FILE that holds TEXT
line() {
	grep -n -F -- "$2" "$copy/$1" | head -n 1 | cut -d: -f1
}

row() {
	name=$1 edit=$2 want=$3
	rows=$((rows + 1))
	fresh || fail "cannot copy the content"
	L=$(eval "$edit_line")
	edit_line=:
	(cd "$copy" && eval "$edit") || fail "$name: the edit failed"
	want=$(L=$L eval "printf '%s' \"$want\"")
	"$PUTOKAZ" --check -c "$copy/putokaz.conf" >/dev/null 2>"$out" </dev/null
	status=$?
	sed -i "s|$copy/||g" "$out"
	if [ "$want" = OK ]; then
		if [ $status != 0 ]; then
			echo "FAIL: $name: expected OK, got exit $status: $(cat "$out")" >&2
			failed=$((failed + 1))
		fi
	elif [ $status != 2 ] || ! grep -q -F -- "$want" "$out"; then
		echo "FAIL: $name: exit $status, expected \"$want\", got: $(cat "$out")" >&2
		failed=$((failed + 1))
	fi
}

# where: sets the line an edit's message must name (run before the edit)
edit_line=:
at() {
	edit_line="line $1 '$2'"
}

# -- syntax: quotes, braces, keys -------------------------------------------
at screens/court.conf 'review-by ='
row "a text that lost its closing quote (last value of a file)" \
	'n=$(line screens/court.conf "review-by ="); sed -i "${n}s/\"\$//" screens/court.conf' \
	'screens/court.conf:$L: this text has no closing quote'
at screens/court.conf 'updated ='
row "a text that lost its closing quote (before the next key)" \
	'n=$(line screens/court.conf "updated ="); sed -i "${n}s/\"\$//" screens/court.conf' \
	'screens/court.conf:$L: this text has no closing quote (\"): it runs on into line'
at screens/hearing.conf 'page "hearing" {'
row "a page left open at the end of its file" \
	'sed -i "\$d" screens/hearing.conf' \
	'screens/hearing.conf:$L: page \"hearing\" is not closed: a } is missing before the end of the file'
at screens/about.conf 'page "about"'
row "a page left open at the end of the last file" \
	'sed -i "\$d" screens/about.conf' \
	'screens/about.conf:$L: page \"about\" is not closed'
at deadlines.conf 'rule "lodge-application" {'
row "a rule left open before the next rule" \
	'n=$(line deadlines.conf "rule \"lodge-by-post\" {"); sed -i "$((n - 2))s/^}\$//" deadlines.conf' \
	'deadlines.conf:$L: rule \"lodge-application\" is not closed: a } is missing before line'
at screens/duties.conf 'title = "'
row "a misspelt key" \
	'sed -i "0,/title = \"/s//tittle = \"/" screens/duties.conf' \
	"screens/duties.conf:\$L: page \\\"duties\\\" has no key 'tittle'; did you mean 'title'?"
at contacts.conf 'phones = {'
row "a misspelt list key in a contact" \
	'sed -i "0,/phones = {/s//phone = {/" contacts.conf' \
	"contacts.conf:\$L: this contact has no key 'phone'; did you mean 'phones'?"
at screens/fingerprints.conf 'national database. All'
row "a double quote inside a text" \
	'sed -i "s/national database. All/national \"Eurodac\" database. All/" screens/fingerprints.conf' \
	'screens/fingerprints.conf:$L: a double quote (\") inside a text ends it'
at screens/papers.conf '}'
row "a } that closes nothing" \
	'echo "}" >> screens/papers.conf' \
	'screens/papers.conf:$(( $(wc -l < "$copy/screens/papers.conf") )): this } closes nothing'
row "a comment left open" \
	'echo "/* a note" >> screens/papers.conf' \
	'screens/papers.conf:$(( $(wc -l < "$copy/screens/papers.conf") )): this comment (/*) is not closed'
at screens/duties.conf 'title = "'
row "a no-break space before =" \
	'sed -i "0,/title = /s//title\xc2\xa0= /" screens/duties.conf' \
	'screens/duties.conf:$L: a no-break space stands where a plain space belongs'
at screens/duties.conf 'title = "'
row "curly quotes around a value" \
	'sed -i "0,/title = \"Your duties after protection\"/s//title = \xe2\x80\x9cYour duties after protection\xe2\x80\x9d/" screens/duties.conf' \
	'screens/duties.conf:$L: a curly quote stands where a straight double quote (\") belongs'
at screens/duties.conf 'page "duties"'
row "two pages with one id" \
	'sed -n "/^page/,\$p" screens/duties.conf >> screens/papers.conf' \
	'two sections of one kind are named \"duties\"'

at screens/main.conf 'item {'
row "a section without its {" \
	'sed -i "0,/item {/s//item /" screens/main.conf' \
	"screens/main.conf:\$L: section 'item' needs a { after its name"
at screens/duties.conf 'page "duties"'
row "a page without its id" \
	'sed -i "s/^page \"duties\"/page/" screens/duties.conf' \
	"screens/duties.conf:\$L: section 'page' needs its id in double quotes before its {"
at deadlines.conf 'rolls = false'
row "a yes/no key with another word" \
	'sed -i "0,/rolls = false/s//rolls = maybe/" deadlines.conf' \
	"deadlines.conf:\$L: 'rolls' must be true or false"
at deadlines.conf 'amount = 15'
row "a number written in words" \
	'sed -i "0,/amount = 15/s//amount = fifteen/" deadlines.conf' \
	"deadlines.conf:\$L: 'amount' must be a whole number, written without quotes"

# -- encodings ----------------------------------------------------------------
at screens/papers.conf 'page'
row "a byte order mark (Notepad)" \
	'{ printf "\357\273\277"; cat screens/papers.conf; } > x && mv x screens/papers.conf' \
	OK
row "Windows line ends" \
	'sed -i "s/\$/\r/" screens/papers.conf content.conf' \
	OK
row "a Latin-1 file" \
	'printf "# caf\351\n" >> screens/rights.conf' \
	'screens/rights.conf:$(wc -l < "$copy/screens/rights.conf"): this file is not UTF-8 text; save it as UTF-8'
row "a UTF-16 file" \
	'printf "\377\376#\000 \000x\000\n\000" > screens/rights.conf' \
	'screens/rights.conf:1: this file is not UTF-8 text; save it as UTF-8'
at screens/duties.conf 'UNHCR says'
row "a control character in a text" \
	'sed -i "0,/UNHCR says/s//UNHCR \x07says/" screens/duties.conf' \
	'screens/duties.conf:$L: a control character (U+0007) is in this file'
at screens/duties.conf 'UNHCR says'
row "a backslash escape in a text" \
	'sed -i "0,/UNHCR says/s//UNHCR\\\\nsays/" screens/duties.conf' \
	'screens/duties.conf:$L: a backslash (\\) in a text may only stand before'
row "\${HOME} in a text is kept as written" \
	'sed -i "0,/UNHCR says/s//UNHCR \${HOME} says/" screens/duties.conf' \
	OK

# -- files --------------------------------------------------------------------
at content.conf 'screens/about.conf'
row "a deleted screen file" \
	'rm screens/about.conf' \
	'content.conf:$L: cannot read screens/about.conf: No such file or directory'
at content.conf 'screens/about.conf'
row "an empty screen file" \
	': > screens/about.conf' \
	'screens/about.conf:1: this file is empty'
at screens/about.conf '}'
row "a file that includes itself" \
	'echo "include(\"about.conf\")" >> screens/about.conf' \
	'screens/about.conf:$(wc -l < "$copy/screens/about.conf"): include loop: screens/about.conf, which includes screens/about.conf again'
at content.conf 'screens/about.conf'
row "an include of a folder" \
	'sed -i "s|include(\"screens/about.conf\")|include(\"screens\")|" content.conf' \
	'content.conf:$L: cannot include screens: it is a folder, not a file'
row "an include of a missing local file" \
	'echo "include(\"local-contacts.conf\")" >> putokaz.conf' \
	'putokaz.conf:$(wc -l < "$copy/putokaz.conf"): cannot include \"local-contacts.conf\": there is no such file'

row "a site folder local.d/ that is absent" \
	'grep -q "local.d/" putokaz.conf || echo "include(\"local.d/*.conf\")" >> putokaz.conf; rm -rf local.d' \
	OK
row "a site folder local.d/ that is empty" \
	'grep -q "local.d/" putokaz.conf || echo "include(\"local.d/*.conf\")" >> putokaz.conf; mkdir -p local.d' \
	OK
row "a local file with a mistake" \
	'grep -q "local.d/" putokaz.conf || echo "include(\"local.d/*.conf\")" >> putokaz.conf; mkdir -p local.d; printf "contact {\n    id = \"x\"\n    nmae = \"X\"\n}\n" > local.d/ours.conf' \
	"local.d/ours.conf:3: this contact has no key 'nmae'; did you mean 'name'?"

row "two files that include each other" \
	'echo "include(\"../content.conf\")" >> screens/about.conf' \
	'screens/about.conf:$(wc -l < "$copy/screens/about.conf"): include loop: content.conf, which includes screens/about.conf, which includes screens/../content.conf again'

# -- values -------------------------------------------------------------------
at deadlines.conf 'amount = 15'
row "a negative amount" \
	'sed -i "0,/amount = 15/s//amount = -15/" deadlines.conf' \
	"deadlines.conf:\$L: rule \\\"lodge-application\\\": 'amount' is -15; it must be from 1 to 3660 days"
at deadlines.conf 'amount = 15'
row "a huge amount" \
	'sed -i "0,/amount = 15/s//amount = 99999999999/" deadlines.conf' \
	"deadlines.conf:\$L: rule \\\"lodge-application\\\": 'amount' is 99999999999"
at deadlines.conf 'non-working-days'
row "no working weekday" \
	'sed -i "s/non-working-days = .*/non-working-days = {\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\"}/" deadlines.conf' \
	"deadlines.conf:\$L: 'non-working-days' leaves no day from Monday to Friday to work on"
at putokaz.conf '#kiosk-timeout'
row "a kiosk timeout past 32 bits" \
	'sed -i "s/^#kiosk-timeout = .*/kiosk-timeout = 4294967326/" putokaz.conf' \
	"putokaz.conf:\$L: 'kiosk-timeout' is 4294967326 seconds; it must be from 30 to 86400"
at contacts.conf 'id = "police"'
row "a contact id with capitals and a space" \
	'sed -i "s/id = \"police\"/id = \"Police HQ\"/" contacts.conf' \
	'contacts.conf:$L: contact id \"Police HQ\": use only a-z, 0-9 and'
at screens/main.conf 'goto = "'
row "a link to a missing screen" \
	'sed -i "0,/goto = \"[a-z-]*\"/s//goto = \"nowhere\"/" screens/main.conf' \
	'screens/main.conf:$L: menu \"main\" leads to \"nowhere\", but there is no such screen'
at screens/duties.conf 'updated ='
row "an impossible date" \
	'sed -i "0,/updated = \"[0-9-]*\"/s//updated = \"2026-02-30\"/" screens/duties.conf' \
	"screens/duties.conf:\$L: 'updated' is not a date of the form YYYY-MM-DD"
at contacts.conf '"192"'
row "a phone number in another form" \
	'sed -i "0,/\"192\"/s//\"(0)192\"/" contacts.conf' \
	'contacts.conf:$L: contact \"police\": \"(0)192\" is not a phone number'
edit_line=:

# texts are shown as written: ${HOME} is not the process's home folder
fresh
sed -i '0,/UNHCR says/s//UNHCR ${HOME} says/' "$copy/screens/duties.conf"
HOME=/a-secret-folder "$PUTOKAZ" -c "$copy/putokaz.conf" --export duties >"$out" 2>&1 ||
	fail "export with \${HOME}: $(cat "$out")"
grep -q -F '${HOME}' "$out" || fail "\${HOME} not shown as written: $(cat "$out")"
grep -q a-secret-folder "$out" && fail "\${HOME} was replaced by the environment"

# one run names the first mistake of every file, not only the first of all
fresh
sed -i '$d' "$copy/screens/hearing.conf"
sed -i '0,/title = "/s//tittle = "/' "$copy/screens/duties.conf"
printf '# caf\351\n' >>"$copy/screens/rights.conf"
"$PUTOKAZ" --check -c "$copy/putokaz.conf" >/dev/null 2>"$out"
for f in screens/hearing.conf screens/duties.conf screens/rights.conf; do
	grep -q "^$copy/$f:[0-9]*: " "$out" || fail "no message for $f in one run: $(cat "$out")"
done

[ $rows -ge 30 ] || fail "only $rows rows"
[ $failed = 0 ] || fail "$failed of $rows mistakes were not reported as expected"
echo "edit-mistakes: all $rows passed"
