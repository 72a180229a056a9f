#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine (as root, or as a user with
# sudo: only apt-get is run through sudo):
#   ./dev.sh run    install what is missing, build (Qt 6), start the wizard
#   ./dev.sh test   install what is missing, build Qt 6 and Qt 5 + KF5, run every test
#   ./dev.sh deps   only install what is missing
# Quick when everything is already there: nothing is installed twice and the
# builds are incremental.
set -euo pipefail
cd "$(dirname "$0")"
SRC=$PWD
BUILD=${MAILMEDIC_BUILD_DIR:-$SRC/build}

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git file dpkg-dev clang libclang-rt-14-dev clang-format
  # Qt 6 (primary build)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins qt6-svg-dev
  # Qt 5.15 + KF5 SyntaxHighlighting (Debian 12 has no KF6)
  qtbase5-dev qttools5-dev qttools5-dev-tools qttranslations5-l10n libqt5svg5-dev
  libkf5syntaxhighlighting-dev libkf5syntaxhighlighting-data extra-cmake-modules
  # libraries
  libgmime-3.0-dev libc-ares-dev libpsl-dev libopendkim-dev libssl-dev
  # real servers and tools for the tests
  knot knot-dnsutils python3 python3-aiosmtpd python3-jsonschema openssl
  # Postfix (submission, 465, an MX) and Dovecot (IMAPS, POP3S, SASL), each
  # started by the tests on loopback high ports; never as system services
  postfix dovecot-imapd dovecot-pop3d
  xvfb xauth poppler-utils fonts-dejavu-core iproute2
  # mailmedic-bench-latency on kernels without netem: NFQUEUE and its delayer
  iptables libnetfilter-queue-dev
  # validating the .desktop and AppStream files
  desktop-file-utils appstream
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "dev.sh: installing packages needs root; run as root or install sudo" >&2; exit 1
  fi
}

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "dev.sh: installing ${missing[*]}"
    # Postfix unconfigured, and no mail, DNS or IMAP service started or
    # left enabled on this machine: the tests start their own, on loopback.
    echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
    local guard=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      guard=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\nexit 101\n' | as_root tee "$guard" >/dev/null
      as_root chmod 755 "$guard"
    fi
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    if [ -n "$guard" ]; then as_root rm -f "$guard"; fi
  fi
}

build() { # build DIR QT_MAJOR
  local dir=$1 qt=$2
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$SRC" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DQT_VERSION_MAJOR="$qt" -DMAILMEDIC_WERROR=ON
  fi
  cmake --build "$dir" -j "$(nproc)"
}

case "${1:-}" in
  deps)
    install_deps ;;
  run)
    install_deps
    build "$BUILD/qt6" 6
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "dev.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
      echo "        Start it from a desktop session, or try it headless: xvfb-run -a ./dev.sh run" >&2
      exit 1
    fi
    exec "$BUILD/qt6/app/mailmedic" ;;
  test)
    install_deps
    passed=0; failed=0; status=0
    for qt in 6 5; do
      echo "== Qt $qt: build"
      build "$BUILD/qt$qt" "$qt"
      echo "== Qt $qt: tests"
      log=$(mktemp)
      if ! ctest --test-dir "$BUILD/qt$qt" --output-on-failure -j "$(nproc)" 2>&1 | tee "$log"; then status=1; fi
      # "100% tests passed, 0 tests failed out of 5"
      line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)
      if [ -z "$line" ]; then echo "dev.sh: Qt $qt ran no tests" >&2; status=1; fi
      total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line"); bad=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
      passed=$((passed + ${total:-0} - ${bad:-0})); failed=$((failed + ${bad:-0}))
      rm -f "$log"
    done
    echo
    echo "Qt 6 and Qt 5 + KF5 builds:"
    echo "$passed passed, $failed failed"
    echo "$passed passed, $failed failed" > "$BUILD/test-summary.txt"
    [ "$failed" -eq 0 ] || status=1
    exit $status ;;
  *)
    sed -n '5,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2 ;;
esac
