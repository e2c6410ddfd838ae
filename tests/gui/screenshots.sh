#!/usr/bin/env bash
# Saves PNGs of VaultOCR's main states — first run, empty vault, a document with its word
# overlay, the export and settings dialogs, the audit trail, the lock screen, and the German UI —
# by driving the real windows under Xvfb (tests/gui/ScreenshotDriver.cpp) and grabbing the screen
# with ImageMagick's `import -window root`.
#   tests/gui/screenshots.sh [OUT_DIR]        (default: build/screenshots)
# Needs: xvfb, xauth, imagemagick, dbus (never dbus-x11: see stack.md P9). BUILD_DIR (default
# build) must hold a build with tests (target vaultocr_screens).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-build}
OUT=$(realpath -m "${1:-$BUILD_DIR/screenshots}")
DRIVER="$ROOT/$BUILD_DIR/tests/vaultocr_screens"
[[ -x "$DRIVER" ]] || cmake --build "$BUILD_DIR" --target vaultocr_screens
mkdir -p "$OUT"

# A throw-away home: the vault, keyrings and any settings stay out of the user's.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T/home XDG_DATA_HOME=$T/home/.local/share XDG_CONFIG_HOME=$T/home/.config \
       XDG_CACHE_HOME=$T/home/.cache XDG_RUNTIME_DIR=$T/run OMP_THREAD_LIMIT=1
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
SAMPLE="$ROOT/resources/sample/sample-letter.png"

# The xcb platform talks D-Bus: give it a private session bus, so nothing autolaunches one.
dbus-run-session -- xvfb-run -a -s "-screen 0 1400x900x24" \
  "$DRIVER" --out "$OUT" --vault "$T/vault" --sample "$SAMPLE" -platform xcb
dbus-run-session -- env LANG=de_DE.UTF-8 LANGUAGE=de xvfb-run -a -s "-screen 0 1400x900x24" \
  "$DRIVER" --out "$OUT" --locale de_DE --sample "$SAMPLE" -platform xcb
ls -1 "$OUT"/*.png
