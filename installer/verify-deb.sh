#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from a configured and built tree and checks it:
#   installer/verify-deb.sh [BUILD_DIR]        (default: build/qt6, as ./dev.sh test makes it)
# 1. cpack -G DEB, then dpkg -I / dpkg -c: the programs, the .desktop file,
#    the AppStream file, the icons, the version from project() and the
#    run-time Depends are all there.
# 2. As root (CI) or with sudo: apt-get install ./mailmedic_*.deb into this
#    system (Depends only, no Recommends), run `mailmedic-cli --version`, `mailmedic --version` (offscreen)
#    and a PDF from `mailmedic-cli diagnose --pdf`, then remove the package.
# 3. With MAILMEDIC_DEBOOTSTRAP=1 and debootstrap installed: the same in a
#    fresh Debian 12 (bookworm) chroot, which shows that the Depends are
#    complete. That downloads a minimal Debian from the mirror
#    (MAILMEDIC_DEBIAN_MIRROR, default http://deb.debian.org/debian), so it
#    needs network access to it, root, and a few minutes.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$SRC/build/qt6}" && pwd)
MIRROR=${MAILMEDIC_DEBIAN_MIRROR:-http://deb.debian.org/debian}

fail() { echo "verify-deb: $*" >&2; exit 1; }
step() { echo "== verify-deb: $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
  else return 99
  fi
}

[ -f "$BUILD/CPackConfig.cmake" ] || fail "$BUILD is not a configured build directory (no CPackConfig.cmake)"
version=$(sed -nE 's/^set\(CPACK_PACKAGE_VERSION "([^"]+)"\)/\1/p' "$BUILD/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $BUILD/CPackConfig.cmake"
project_version=$(sed -nE 's/^project\(MailMedic VERSION ([0-9.]+).*/\1/p' "$SRC/CMakeLists.txt")
[ "$version" = "$project_version" ] || fail "package version $version is not project() version $project_version"

step "build"
cmake --build "$BUILD" --target mailmedic mailmedic-cli mailmedic-pdf mailmedic-dkim
step "cpack -G DEB"
rm -f "$BUILD"/mailmedic_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
arch=$(dpkg --print-architecture)
deb="$BUILD/mailmedic_${version}_${arch}.deb"
[ -f "$deb" ] || fail "cpack made no $deb"

step "dpkg -I"
dpkg -I "$deb"
control=$(dpkg-deb -f "$deb")
grep -q "^Package: mailmedic$" <<<"$control" || fail "package name"
grep -q "^Version: $version$" <<<"$control" || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for want in fonts-dejavu-core 'libqt[56]gui' libgmime-3.0 libc-ares 'libpsl' 'libopendkim'; do
  grep -Eq "$want" <<<"$depends" || fail "Depends lacks $want: $depends"
done
grep -Eq 'qt6-qpa-plugins|libqt5gui5' <<<"$depends" || fail "Depends lacks the Qt platform plugins: $depends"

step "dpkg -c"
contents=$(dpkg -c "$deb")
echo "$contents"
for path in ./usr/bin/mailmedic ./usr/bin/mailmedic-cli \
  ./usr/share/applications/org.mailmedic.MailMedic.desktop \
  ./usr/share/metainfo/org.mailmedic.MailMedic.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/org.mailmedic.MailMedic.svg \
  ./usr/share/icons/hicolor/48x48/apps/org.mailmedic.MailMedic.png \
  ./usr/share/icons/hicolor/128x128/apps/org.mailmedic.MailMedic.png \
  ./usr/share/icons/hicolor/256x256/apps/org.mailmedic.MailMedic.png; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
# The programs load their modules from LIBDIR/mailmedic: PDF (--pdf) and DKIM.
grep -Eq ' \./usr/lib/([^/]+/)?mailmedic/mailmedic-pdf\.so$' <<<"$contents" || fail "the PDF module is not in the package"
grep -Eq ' \./usr/lib/([^/]+/)?mailmedic/mailmedic-dkim\.so$' <<<"$contents" || fail "the DKIM module is not in the package"
# Nothing but the programs and desktop integration: no headers, no tests.
if grep -Ev ' \./usr/(bin|share/(applications|metainfo|icons))(/|$)| \./usr/lib/([^/]+/)?(mailmedic/(mailmedic-(pdf|dkim)\.so)?)?$| \./usr/lib/?$| \./usr/?$| \./usr/share/?$| \./$' <<<"$contents"; then
  fail "unexpected files in the package (above)"
fi

# What an installed copy must do: print its version and write a PDF with no display.
smoke_test() { # smoke_test [COMMAND PREFIX...]
  local out tmp
  out=$("$@" mailmedic-cli --version)
  [ "$out" = "mailmedic-cli $version" ] || fail "mailmedic-cli --version said '$out'"
  out=$("$@" env QT_QPA_PLATFORM=offscreen mailmedic --version 2>/dev/null)
  [ "$out" = "MailMedic $version" ] || fail "mailmedic --version said '$out'"
  tmp=$("$@" mktemp -d)
  "$@" sh -c "printf '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n' > $tmp/bounce.txt
    mailmedic-cli diagnose $tmp/bounce.txt --offline --lang ru --pdf $tmp/report.pdf >/dev/null 2>&1
    test -s $tmp/report.pdf && head -c 5 $tmp/report.pdf | grep -q '%PDF-'" || fail "mailmedic-cli --pdf made no PDF"
  "$@" rm -rf "$tmp"
  # Every library the installed modules need is there (Depends names them).
  out=$("$@" sh -c 'ldd /usr/lib/*/mailmedic/*.so /usr/lib/mailmedic/*.so 2>/dev/null | grep "not found"') \
    && fail "a module's library is missing: $out"
  echo "mailmedic-cli $version, mailmedic $version, PDF written, modules' libraries present"
}

step "apt-get install into this system"
packages() { dpkg-query -W -f='${Package}:${Status}\n' | sed -n 's/:install ok installed$//p' | sort; }
before=$(packages)
if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=120 "$deb"; then
  smoke_test
  # Exactly what this install added goes again (mailmedic and any Depends
  # that were missing); nothing that was there before is touched.
  added=$(comm -13 <(echo "$before") <(packages))
  if [ -n "$added" ]; then
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=120 $added >/dev/null
  fi
else
  rc=$?
  [ $rc -eq 99 ] || fail "apt-get install $deb failed"
  echo "verify-deb: not root and no password-less sudo: install test skipped" >&2
fi

if [ "${MAILMEDIC_DEBOOTSTRAP:-0}" = 1 ]; then
  command -v debootstrap >/dev/null || fail "MAILMEDIC_DEBOOTSTRAP=1 but debootstrap is not installed (apt-get install debootstrap)"
  [ "$(id -u)" -eq 0 ] || fail "the debootstrap check needs root"
  step "fresh Debian 12 chroot from $MIRROR"
  root=$(mktemp -d /var/tmp/mailmedic-bookworm.XXXXXX)
  cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf --one-file-system "$root"; }
  trap cleanup EXIT
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >/dev/null
  mount -t proc proc "$root/proc"
  cp "$deb" "$root/tmp/"
  chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
  smoke_test chroot "$root"
fi

step "ok: $deb"
