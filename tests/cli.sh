#!/bin/sh
# cli.sh: the command line: options, exit status, --check on good and bad files.
. "$(dirname "$0")/lib.sh"

out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

run() {
	"$PUTOKAZ" "$@" >"$out" 2>"$err" </dev/null
	status=$?
}

run --version
[ $status = 0 ] || fail "--version exit $status"
grep -q '^putokaz [0-9]' "$out" || fail "--version prints: $(cat "$out")"
grep -q '^content 2026\.[0-9.]* of 20[0-9-]* ' "$out" || fail "--version has no content version: $(cat "$out")"

run --schema
[ $status = 0 ] || fail "--schema exit $status"
grep -q '^contact|phones$' "$out" || fail "--schema lacks contact|phones"
grep -q '^rule|unit$' "$out" || fail "--schema lacks rule|unit"

run --help
[ $status = 0 ] || fail "--help exit $status"
for opt in --config --check --calc --lang --pot --schema --localedir --today --version --help; do
	grep -q -- "$opt" "$out" || fail "--help does not mention $opt"
done

run --no-such-option
[ $status = 2 ] || fail "unknown option: exit $status, expected 2"
grep -q "unknown option '--no-such-option'" "$err" || fail "unknown option message: $(cat "$err")"
grep -q "Usage:" "$err" || fail "unknown option prints no usage to stderr"
[ -s "$out" ] && fail "unknown option wrote to stdout"

run -c
[ $status = 2 ] || fail "-c without a value: exit $status"

run stray-argument
[ $status = 2 ] || fail "a stray argument: exit $status"

run --check
[ $status = 0 ] || fail "--check of the shipped config: exit $status: $(cat "$err")"
grep -q 'OK: [0-9]* screens' "$out" || fail "--check summary: $(cat "$out")"

run --check -c "$FIXTURES/good.conf"
[ $status = 0 ] || fail "--check good.conf: exit $status"
grep -q 'OK: 2 screens (1 pages), 6 strings' "$out" || fail "good.conf summary: $(cat "$out")"

run --check --config "$FIXTURES/bad-goto.conf"
[ $status = 2 ] || fail "--check bad-goto.conf: exit $status, expected 2"
grep -q "^$FIXTURES/bad-goto.conf:7: menu \"main\" leads to \"nowhere\"" "$err" ||
	fail "bad-goto message: $(cat "$err")"

run --check -c "$FIXTURES/bad-date.conf"
[ $status = 2 ] || fail "--check bad-date.conf: exit $status"
[ "$(grep -c "^$FIXTURES/bad-date.conf:1[34]: " "$err")" = 2 ] ||
	fail "bad-date: both problems expected: $(cat "$err")"

run --check -c "$FIXTURES/no-such-file.conf"
[ $status = 2 ] || fail "a missing config: exit $status"
grep -q "no-such-file.conf: cannot read the configuration file: No such file or directory" "$err" ||
	fail "missing config message: $(cat "$err")"

# starting the guide on a broken config: same messages, exit 2, terminal untouched
run -c "$FIXTURES/unknown-key.conf"
[ $status = 2 ] || fail "UI on a bad config: exit $status"
grep -q "unknown-key.conf:5: the configuration has no key 'colour'" "$err" || fail "UI bad config: $(cat "$err")"
[ -s "$out" ] && fail "UI on a bad config wrote to the terminal: $(cat "$out")"

run --lang xx --check
[ $status = 2 ] || fail "--lang xx: exit $status"
grep -q "language 'xx' is not offered" "$err" || fail "--lang xx message: $(cat "$err")"
run --lang en --check
[ $status = 0 ] || fail "--lang en: exit $status"

run --today 2026-02-30
[ $status = 2 ] || fail "--today with an impossible date: exit $status"

# an include that is not a regular file (a FIFO would block forever)
fifo=$(mktemp -d)
mkfifo "$fifo/screen.conf"
printf 'include("screen.conf")\n' >"$fifo/main.conf"
timeout 10 "$PUTOKAZ" --check -c "$fifo/main.conf" >"$out" 2>"$err"
status=$?
rm -rf "$fifo"
[ $status = 2 ] || fail "an include of a FIFO: exit $status"
grep -q "main.conf:1: cannot include .*/screen.conf: it is a FIFO (named pipe), not a file" "$err" ||
	fail "FIFO include: $(cat "$err")"

# --calc: one line per rule, RULE-ID<TAB>DATE[ HH:MM]<TAB>label; expected
# dates worked out by hand in tests/check_rules.c
run --calc decision=2026-01-31
[ $status = 0 ] || fail "--calc decision: exit $status: $(cat "$err")"
printf 'appeal\t2026-02-18\tAppeal to the Asylum Commission (15 days)\n' >"$out.want"
printf 'appeal-accelerated\t2026-02-09\tAppeal to the Asylum Commission (accelerated procedure: 8 days)\n' >>"$out.want"
printf 'appeal-border\t2026-02-05\tAppeal to the Asylum Commission (border procedure: 5 days)\n' >>"$out.want"
diff -u "$out.want" "$out" >&2 || fail "--calc decision output"
rm -f "$out.want"

run --calc registration=2026-03-27T10:00 second-decision=2012-02-10 --today 2026-11-22
[ $status = 0 ] || fail "--calc registration: exit $status: $(cat "$err")"
grep -q "^reach-centre	2026-03-30 11:00	" "$out" || fail "72 hours across the clock change: $(cat "$out")"
grep -q "^lodge-application	2026-04-11	" "$out" || fail "lodge-application: $(cat "$out")"
grep -q "^lodge-by-post	2026-04-20	" "$out" || fail "lodge-by-post: $(cat "$out")"
grep -q "^lawsuit	2012-03-12	" "$out" || fail "the court's example: $(cat "$out")"
[ "$(wc -l <"$out")" = 4 ] || fail "--calc printed other rules: $(cat "$out")"

# the labels in another language, from the catalogues built in po/
if [ -f "$top_builddir/po/locale/sr/LC_MESSAGES/putokaz.mo" ]; then
	run --lang sr --calc decision=2026-01-31
	[ $status = 0 ] || fail "--lang sr --calc: exit $status"
	grep -q "^appeal	2026-02-18	Жалба " "$out" || fail "no Serbian label: $(cat "$out")"
fi

run --calc --lang en work=2026-01-01
[ $status = 2 ] || fail "--calc unknown event: exit $status"
grep -q "unknown event 'work'" "$err" || fail "unknown event message: $(cat "$err")"
grep -q "registration application decision" "$err" || fail "the events are not listed"

run --calc application=2026-02-30
[ $status = 2 ] || fail "--calc 30 February: exit $status"
grep -q "application=2026-02-30': the date must be a real day" "$err" || fail "$(cat "$err")"

run --calc registration=2026-01-10T25:00
[ $status = 2 ] || fail "--calc 25:00: exit $status"

run --calc application=2026-01-10T10:00
[ $status = 2 ] || fail "--calc a time for a date-only event: exit $status"
grep -q "takes a date without a time" "$err" || fail "$(cat "$err")"

run --calc registration=2026-03-29T02:30
[ $status = 2 ] || fail "--calc a time skipped by the clock change: exit $status"
grep -q "does not exist" "$err" || fail "$(cat "$err")"

run --calc
[ $status = 2 ] || fail "--calc with no event: exit $status"

# any valid date, past or future
run --calc asylum-granted=2099-12-31
[ $status = 0 ] || fail "--calc in the future: exit $status"
grep -q "^permanent-residence-asylum	2103-01-01	" "$out" || fail "$(cat "$out")"

# warnings: exit 0, one line each, at their place
run --check -c "$FIXTURES/warnings.conf" --today 2026-05-20
[ $status = 0 ] || fail "--check with warnings: exit $status: $(cat "$err")"
grep -q "^$FIXTURES/warnings.conf:15: warning: page \"p\" is due for review on 2026-06-01, in 12 days$" "$err" ||
	fail "review warning: $(cat "$err")"
grep -q '^warning: fr: not translated: "Test guide", "Main", "The page", "A page", "Some text.", "A source, 2026" (6 of 6)$' "$err" ||
	fail "translation warning: $(cat "$err")"
run --check -c "$FIXTURES/warnings.conf" --today 2026-07-01
grep -q "warning: page \"p\" was due for review on 2026-06-01, 30 days ago" "$err" ||
	fail "past review warning: $(cat "$err")"
run --check -c "$FIXTURES/warnings.conf" --today 2026-04-01
grep -q "due for review" "$err" && fail "a review two months away is not a warning yet"

# a repeated event is refused, not silently dropped
run --calc decision=2026-01-31 decision=2026-02-01
[ $status = 2 ] || fail "--calc with an event twice: exit $status"
grep -q "event 'decision' is given twice" "$err" || fail "$(cat "$err")"

# results past the year 9999 are refused, not printed as year 0000
run --calc decision=9999-12-31
[ $status = 2 ] || fail "--calc past 9999: exit $status: $(cat "$out")"
grep -q "would fall in the year 10000" "$err" || fail "$(cat "$err")"
grep -q "0000" "$out" && fail "--calc printed the year 0000"

# every command that writes a result says so when it cannot (a full disk)
for cmd in "--export all" --pot "--calc decision=2026-01-31" --schema --check --version --help; do
	# shellcheck disable=SC2086
	"$PUTOKAZ" $cmd >/dev/full 2>"$err" </dev/null
	status=$?
	[ $status != 0 ] || fail "$cmd on a full disk: exit 0"
	grep -q "cannot write the output: No space left on device" "$err" ||
		fail "$cmd on a full disk: $(cat "$err")"
done

# --format and --width only shape an --export
run --format html
[ $status = 2 ] || fail "--format without --export: exit $status"
grep -q -- "--format and --width go with --export" "$err" || fail "$(cat "$err")"
run --width 40 --check
[ $status = 2 ] || fail "--width without --export: exit $status"

# -c FILE that cannot be read says why
run --check -c "$FIXTURES"
[ $status = 2 ] || fail "-c a folder: exit $status"
grep -q "cannot read the configuration file: it is a folder, not a file" "$err" ||
	fail "-c a folder: $(cat "$err")"

# without a terminal: line mode, which ends at the end of input
run
[ $status = 0 ] || fail "no terminal: exit $status: $(cat "$err")"
grep -q "^1. Asylum step by step$" "$out" || fail "no line mode without a terminal: $(cat "$out")"
echo "cli: all passed"
