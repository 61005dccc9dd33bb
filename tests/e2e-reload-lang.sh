#!/bin/sh
# e2e-reload-lang.sh: a reload in every offered language keeps the screen as
# it was, the Solar Hijri dates of fa, fa_AF and ps included (the language's
# settings must not point into the content that the reload freed; run under
# AddressSanitizer in CI), and the calculator's result stays, worked out again.
# The languages run side by side, each in a tmux server of its own.
. "$(dirname "$0")/lib.sh"

# settled BEFORE: wait until the screen is drawn, is not BEFORE, and has
# stayed the same for 0.3 s
settled() {
	i=0
	last=
	while [ $i -lt 60 ]; do
		shown=$(screen)
		[ -n "$shown" ] && [ "$shown" != "$1" ] && [ "$shown" = "$last" ] && return 0
		last=$shown
		sleep 0.3
		i=$((i + 1))
	done
	fail "$lang: the screen did not settle"
}

# reload LANG: the calculator's result, before and after a reload
reload() {
	lang=$1
	start 100x40 env TERM=xterm-256color "$PUTOKAZ" --lang "$lang" --bidi terminal \
		--today 2026-11-22
	pid=$(t display-message -p -t e2e '#{pane_pid}')
	settled ""
	keys 6
	settled "$shown"
	keys 3 2 0 2 6 0 1 3 1 Enter 1
	settled "$shown"
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
}

langs=$(sed -n 's/^languages = {\(.*\)}/\1/p' "$top_srcdir/data/languages.conf" | tr -d '",')
[ -n "$langs" ] || fail "no languages in data/languages.conf"
for lang in $langs; do
	meanwhile "$lang" reload "$lang"
done
joined
echo "e2e-reload-lang: all passed"
