#!/usr/bin/env bash
# Installs the Debian 12 packages VaultOCR needs to build, run and test. Idempotent: when every
# package is already installed it does nothing (and needs no network). Uses sudo when not root.
#   packaging/install-deps.sh          build + run
#   packaging/install-deps.sh --test   also the tools the test suite checks output with
set -euo pipefail

build_run=(
  cmake ninja-build pkg-config g++
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libtesseract-dev libleptonica-dev libpoppler-qt6-dev qtkeychain-qt6-dev
  libsodium-dev libqpdf-dev libseccomp-dev
  tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-deu tesseract-ocr-fra
  libsecret-1-0 gnome-keyring dbus dbus-user-session libsecret-tools xvfb xauth qt6-translations-l10n
)
test_tools=(poppler-utils qpdf tesseract-ocr libxml2-utils strace imagemagick ghostscript enscript
  desktop-file-utils appstream lintian dpkg-dev debootstrap
  clang-14 libclang-rt-14-dev)  # tests/sanitize.sh: libFuzzer targets (ASan/UBSan come with g++)

pkgs=("${build_run[@]}")
[[ "${1:-}" == "--test" ]] && pkgs+=("${test_tools[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
