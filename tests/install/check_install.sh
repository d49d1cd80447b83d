#!/usr/bin/env bash
# Installs the build into a scratch root and checks what a Linux desktop will find there:
# every file in its place, the launcher and AppStream data valid, the MIME package loadable,
# man pages without a roff warning, the completion loadable, the binaries running.
set -euo pipefail
build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
usr=$root/usr
fail() { echo "FAIL: $*" >&2; exit 1; }

for f in bin/cartera bin/cartera-cli \
    share/applications/org.cartera.Cartera.desktop \
    share/metainfo/org.cartera.Cartera.metainfo.xml \
    share/mime/packages/org.cartera.Cartera.xml \
    share/icons/hicolor/scalable/apps/org.cartera.Cartera.svg \
    share/man/man1/cartera.1 share/man/man1/cartera-cli.1 \
    share/bash-completion/completions/cartera-cli \
    share/doc/cartera/user-guide.md share/doc/cartera/LICENSE; do
    [[ -f $usr/$f ]] || fail "$f is not installed"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/org.cartera.Cartera.png
    [[ -f $png ]] || fail "no ${size}px icon"
    # The PNG header's width and height, big-endian at bytes 16..23.
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" |
        awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [[ $w == "$size" && $h == "$size" ]] || fail "the ${size}px icon is ${w}x${h}"
done

desktop-file-validate "$usr/share/applications/org.cartera.Cartera.desktop"
appstreamcli validate --no-net --explain "$usr/share/metainfo/org.cartera.Cartera.metainfo.xml"
update-mime-database "$usr/share/mime" >/dev/null 2>&1
grep -qx "application/x-cartera" "$usr/share/mime/types" || fail "MIME type not compiled"
for page in cartera cartera-cli; do
    out=$(groff -k -man -Tutf8 -ww -z "$usr/share/man/man1/$page.1" 2>&1)
    [[ -z $out ]] || fail "$page.1: $out"
done
bash -c "source '$usr/share/bash-completion/completions/cartera-cli' && complete -p cartera-cli" \
    >/dev/null || fail "completion does not load"

version=$(grep -m1 -o 'release version="[^"]*"' "$usr/share/metainfo/org.cartera.Cartera.metainfo.xml" |
    cut -d'"' -f2)
[[ $("$usr/bin/cartera-cli" --version) == "cartera-cli $version" ]] || fail "cartera-cli --version"
[[ $(env -u DISPLAY -u QT_QPA_PLATFORM "$usr/bin/cartera" --version) == "Cartera $version" ]] ||
    fail "cartera --version"
echo "install layout OK"
