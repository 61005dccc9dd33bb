#!/bin/sh
# tree.sh DIR: a throwaway Debian 12 tree for the deployment tests, made
# once with debootstrap (minbase) from the Debian mirror this machine's apt
# uses, then kept: a tree that is complete (its stamp file) is used as it is.
# Nothing of the host changes.
set -eu
dir=$1
pkgs="adduser,libconfuse2,libfribidi0,libncursesw6,libqrencode4,systemd,systemd-sysv,dbus,openssh-server,openssh-client,apt-utils,gnupg,gpgv,unattended-upgrades,util-linux,procps,tmux,ncurses-term,locales,tzdata,iproute2"
if [ -f "$dir/.putokaz-tree" ] && [ "$(cat "$dir/.putokaz-tree")" = "$pkgs" ]; then
	exit 0
fi
mirror=$(apt-get indextargets --format '$(REPO_URI)' 'Origin: Debian' 2>/dev/null |
	grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian/
rm -rf "$dir"
mkdir -p "$dir"
debootstrap --variant=minbase --include="$pkgs" bookworm "$dir" "$mirror" >"$dir.log" 2>&1 ||
	{ tail -n 30 "$dir.log"; exit 1; }
# the tree's services must not start while packages are installed in it
printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
chmod 755 "$dir/usr/sbin/policy-rc.d"
echo "$pkgs" >"$dir/.putokaz-tree"
