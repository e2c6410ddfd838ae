#!/bin/sh
# VaultOCR offline installer (copied into the bundle as install.sh by packaging/offline-bundle.sh).
# Installs VaultOCR and what it needs from the debs/ folder next to this script only: apt reads a
# package index of this folder and nothing else, so no network and no configured archive is used.
# Packages the machine already has at the same or a newer version are left alone.
#   sudo ./install.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
	echo "Run as root: sudo $0" >&2
	exit 1
fi
for tool in apt-get dpkg sha256sum; do
	command -v "$tool" >/dev/null || { echo "$tool is missing: this bundle is for Debian 12" >&2; exit 1; }
done

echo "Checking the bundle…"
(cd "$here" && sha256sum --quiet -c SHA256SUMS) || { echo "The bundle is damaged (SHA256SUMS mismatch)." >&2; exit 1; }

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
mkdir -p "$state/lists/partial"
echo "deb [trusted=yes] file:$here ./" > "$state/sources.list"
# Only this folder as a source, a private package list, and no other configured source parts.
set -- -o "Dir::Etc::SourceList=$state/sources.list" -o "Dir::Etc::SourceParts=$state/none" \
	-o "Dir::State::Lists=$state/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
	-o Acquire::Languages=none -o APT::Get::List-Cleanup=false -o APT::Sandbox::User=root
apt-get "$@" -q update >/dev/null
# shellcheck disable=SC2046 # one package name per line
DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-noninteractive} apt-get "$@" install -y --no-install-recommends \
	$(grep -E '^[a-z0-9][a-z0-9+.-]*$' "$here/packages.txt")

echo
echo "VaultOCR is installed: start it from the applications menu or run 'vaultocr --help'."
echo "OCR languages installed: $(vaultocr languages 2>/dev/null | tr '\n' ' ')"
