#!/bin/sh
# e2e-reload-lang.sh: a reload in every offered language keeps the screen as
# it was, the Solar Hijri dates of fa, fa_AF and ps included (the language's
# settings must not point into the content that the reload freed; run under
# AddressSanitizer in CI), and the calculator's result stays, worked out again.
. "$(dirname "$0")/lib.sh"

langs=$(sed -n 's/^languages = {\(.*\)}/\1/p' "$top_srcdir/data/languages.conf" | tr -d '",')
[ -n "$langs" ] || fail "no languages in data/languages.conf"
for lang in $langs; do
	start 100x40 env TERM=xterm-256color "$PUTOKAZ" --lang "$lang" --bidi terminal \
		--today 2026-11-22
	pid=$(t display-message -p -t e2e '#{pane_pid}')
	sleep 0.5
	keys 6
	sleep 0.5
	keys 3 2 0 2 6 0 1 3 1 Enter 1
	sleep 0.8
	before=$(screen)
	kill -USR1 "$pid"
	sleep 0.8
	[ "$(pane_dead)" = 0 ] || fail "$lang: the reload ended the program"
	after=$(screen)
	[ "$before" = "$after" ] || {
		printf '%s\n--- before the reload:\n%s\n' "$lang: the screen changed" "$before" >&2
		fail "$lang: the reload changed the screen"
	}
	case $lang in
	fa|fa_AF|ps) echo "$after" | grep -q "۱۴۰۵" || fail "$lang: no Solar Hijri year on the screen" ;;
	esac
	t kill-server 2>/dev/null
	sleep 0.2
done
echo "e2e-reload-lang: all passed"
