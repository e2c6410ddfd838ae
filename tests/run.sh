#!/usr/bin/env bash
# The whole test suite, from nothing: installs the Debian packages, builds, and runs every ctest
# test against real components — a real Secret Service (gnome-keyring) on a private D-Bus
# session, real tesseract, real PDFs checked with poppler-utils and qpdf.
# HOME, TMPDIR and the XDG directories point into a throw-away folder so the tests can prove
# nothing is written outside what the user asked for, and the developer's keyring is untouched.
#
#   tests/run.sh         every test except those labelled `slow` (the .deb installed into a fresh
#                        debootstrapped Debian 12 and the offline bundle: ~10 min, needs root and
#                        the Debian archive)
#   tests/run.sh --all   those too
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABELS="-LE slow"
[[ "${1:-}" == "--all" ]] && LABELS=""

packaging/install-deps.sh --test
BUILD_DIR=${BUILD_DIR:-build} packaging/build.sh -DVAULTOCR_WERROR=ON

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T/home XDG_DATA_HOME=$T/home/.local/share XDG_CONFIG_HOME=$T/home/.config \
       XDG_CACHE_HOME=$T/home/.cache XDG_STATE_HOME=$T/home/.local/state XDG_RUNTIME_DIR=$T/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# gnome-keyring needs a non-empty password or it creates no login collection.
dbus-run-session -- bash -euo pipefail -c '
  printf %s "vaultocr-ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "'"$ROOT"'/${BUILD_DIR:-build}" --output-on-failure -j2 '"$LABELS ${CTEST_ARGS:-}"'
'
