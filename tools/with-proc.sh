#!/bin/sh
# tools/with-proc.sh FILE NAME CMD [ARG...] - run CMD with FILE in place of
# /proc/NAME, so Linux's own tools (procps free, slabtop, vmstat...) read
# text tinymm printed:
#
#   python3 tools/tinymm_run.py meminfo > build/meminfo
#   tools/with-proc.sh build/meminfo meminfo free -k
#
# The bind mount lives in a mount namespace of the command's own and
# vanishes with it; /proc itself is never touched. Root makes one with
# unshare -m; another user with unshare -rm where user namespaces are
# allowed (not inside a chroot, nor under Ubuntu's AppArmor default), else
# through sudo.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 FILE NAME CMD [ARG...]" >&2; exit 2; }
file=$(realpath "$1")
name=$2
shift 2
# In the new namespace: $1 the file, $2 the /proc name, then the command.
# /proc is made private there first, so the bind mount cannot propagate
# back out; unshare is told to leave / alone, since in a chroot / is no
# mount point and its default (make / private) fails.
inner='f=$1; n=$2; shift 2
mount --make-rprivate /proc && mount --bind "$f" "/proc/$n" && exec "$@"'
ns="unshare -m --propagation unchanged"
if [ "$(id -u)" -eq 0 ]; then
	exec $ns sh -c "$inner" sh "$file" "$name" "$@"
elif unshare -rm true 2>/dev/null; then
	exec $ns -r sh -c "$inner" sh "$file" "$name" "$@"
else
	exec sudo $ns sh -c "$inner" sh "$file" "$name" "$@"
fi
