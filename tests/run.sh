#!/usr/bin/env bash
# The whole test suite, from nothing: installs the Debian packages, builds, and runs every ctest
# test against real components — a real Secret Service (gnome-keyring) on a private D-Bus
# session, real tesseract, real PDFs checked with poppler-utils and qpdf.
# HOME, TMPDIR and the XDG directories point into a throw-away folder so the tests can prove
# nothing is written outside what the user asked for, and the developer's keyring is untouched.
# Then the hostile-input stage (tests/sanitize.sh): each libFuzzer target for 60 s, and the unit
# and integration tests again in an AddressSanitizer/UBSan build.
#
#   tests/run.sh                every test except those labelled `slow` (the .deb installed into
#                               a fresh debootstrapped Debian 12 and the offline bundle: ~10 min,
#                               needs root and the Debian archive), then the sanitizer stage
#   tests/run.sh --all          the `slow` tests too
#   tests/run.sh --no-sanitize  skip the fuzz + sanitizer stage (a quicker local run)
#   tests/run.sh --sanitize-only  only that stage
# BUILD_DIR (default build) and CTEST_ARGS (e.g. "-R TestVault") apply to the main suite.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABELS="-LE slow"
MAIN=1
SANITIZE=1
for arg in "$@"; do
  case "$arg" in
    --all) LABELS="" ;;
    --no-sanitize) SANITIZE=0 ;;
    --sanitize-only) MAIN=0 ;;
    *) echo "usage: tests/run.sh [--all] [--no-sanitize | --sanitize-only]" >&2; exit 2 ;;
  esac
done

packaging/install-deps.sh --test

# The environment every test runs in (see the header); tests/sanitize.sh reuses it.
vaultocr_test_env() {
  T=$(mktemp -d)
  trap 'rm -rf "$T"' EXIT
  export HOME=$T/home XDG_DATA_HOME=$T/home/.local/share XDG_CONFIG_HOME=$T/home/.config \
         XDG_CACHE_HOME=$T/home/.cache XDG_STATE_HOME=$T/home/.local/state XDG_RUNTIME_DIR=$T/run
  mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
  unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
}

if [[ $MAIN == 1 ]]; then
  BUILD_DIR=${BUILD_DIR:-build} packaging/build.sh -DVAULTOCR_WERROR=ON
  (
    vaultocr_test_env
    # gnome-keyring needs a non-empty password or it creates no login collection.
    dbus-run-session -- bash -euo pipefail -c '
      printf %s "vaultocr-ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      ctest --test-dir "'"$ROOT"'/${BUILD_DIR:-build}" --output-on-failure -j2 '"$LABELS ${CTEST_ARGS:-}"'
    '
  )
fi

if [[ $SANITIZE == 1 ]]; then
  (
    vaultocr_test_env
    bash tests/sanitize.sh
  )
fi
