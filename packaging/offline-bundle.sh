#!/usr/bin/env bash
# Builds an offline installation bundle for air-gapped Debian 12 workstations: a folder (and a
# tarball of it) holding the vaultocr .deb, every Debian package it needs down to libc, a local
# package index and install.sh. On the workstation: `tar xf vaultocr-offline-*.tar && sudo
# ./vaultocr-offline-*/install.sh` — apt then installs from the folder alone, no network.
#
#   packaging/offline-bundle.sh [--deb FILE] [--out DIR] [--lang XXX]... [--with-keyring]
#                               [--status FILE] [--no-tar]
#     --deb FILE      the vaultocr .deb (default: the newest build*/vaultocr_*_amd64.deb)
#     --out DIR       where the bundle folder and tarball go (default: ./dist)
#     --lang XXX      also bundle OCR language XXX (tesseract-ocr-XXX); repeatable.
#                     eng and osd are always included.
#     --with-keyring  also bundle gnome-keyring, for a desktop without a Secret Service
#                     (without one VaultOCR vaults use passphrase mode)
#     --status FILE   resolve against this dpkg status file (/var/lib/dpkg/status copied from
#                     the target) instead of an empty system: smaller bundle, but only for
#                     machines with at least those packages
#     --no-tar        make the folder only
#
# Runs on a Debian 12 machine with apt access to the archive (it uses apt-get download), as any
# user. Needs dpkg-scanpackages (dpkg-dev).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
deb="" out="$PWD/dist" status="" tar=1 keyring=0
langs=(eng osd)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --deb) deb=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --lang) [[ "$2" =~ ^[a-z][a-z0-9_-]*$ ]] || { echo "bad language code: $2" >&2; exit 2; }
            langs+=("$2"); shift 2 ;;
    --with-keyring) keyring=1; shift ;;
    --status) status=$(realpath "$2"); shift 2 ;;
    --no-tar) tar=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$deb" ]]; then
  deb=$(ls -t "$ROOT"/build*/vaultocr_*_amd64.deb 2>/dev/null | head -n1 || true)
  [[ -n "$deb" ]] || { echo "no vaultocr .deb found: run 'cpack -G DEB' in a build dir or pass --deb" >&2; exit 2; }
fi
deb=$(realpath "$deb")
out=$(realpath -m "$out")
command -v dpkg-scanpackages >/dev/null || { echo "dpkg-scanpackages missing: apt install dpkg-dev" >&2; exit 2; }

version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
name=vaultocr-offline-${version}-${arch}
final=$out/$name
dir=$out/.$name.partial  # renamed into place only when complete

# Everything the package, its recommended language data and the chosen extras need, resolved by
# apt as if installing onto a system that has nothing (or only what --status lists).
wanted=("${langs[@]/#/tesseract-ocr-}")
[[ $keyring -eq 1 ]] && wanted+=(gnome-keyring)
empty=$(mktemp)
trap 'rm -rf "$empty" "$dir"' EXIT
apt_resolve=(apt-get -s -q -o "Dir::State::status=${status:-$empty}" -o APT::Install-Recommends=false
             -o APT::Install-Suggests=false install "$deb" "${wanted[@]}")
if ! plan=$("${apt_resolve[@]}" 2>&1); then
  echo "$plan" >&2
  echo "apt could not resolve the dependencies (unknown language code? run apt-get update?)" >&2
  exit 1
fi
# "Inst libfoo (1.2-3 Debian:12.x/oldstable [amd64])" → libfoo:amd64=1.2-3, except ourselves.
mapfile -t pkgs < <(awk '$1 == "Inst" && $2 != "vaultocr" {
    v = $3; if (v ~ /^\[/) v = $4; sub(/^\(/, "", v)
    a = ""; if (match($0, /\[[a-z0-9]+\]\)/)) a = substr($0, RSTART + 1, RLENGTH - 3)
    print $2 (a == "" || a == "all" ? "" : ":" a) "=" v }' <<<"$plan")
[[ ${#pkgs[@]} -gt 0 ]] || { echo "apt resolved no dependencies; refusing to make an empty bundle" >&2; exit 1; }

rm -rf "$dir" && mkdir -p "$dir/debs"
echo "Downloading ${#pkgs[@]} Debian packages…"
# As root, apt hands downloads to its _apt user, which may not reach the output folder.
sandbox=()
[[ $(id -u) -eq 0 ]] && sandbox=(-o APT::Sandbox::User=root)
(cd "$dir/debs" && apt-get download -q "${sandbox[@]}" "${pkgs[@]}" >/dev/null)
cp "$deb" "$dir/debs/"
(cd "$dir" && dpkg-scanpackages --multiversion debs /dev/null 2>/dev/null > Packages)
printf '%s\n' vaultocr "${wanted[@]}" > "$dir/packages.txt"
cp "$ROOT/packaging/offline-install.sh" "$dir/install.sh"
chmod 755 "$dir/install.sh"
cat > "$dir/README.txt" <<EOF
VaultOCR $version offline installation bundle for Debian 12 ($arch)

Install (no network needed):   sudo ./install.sh
Installs: $(tr '\n' ' ' < "$dir/packages.txt")
and the Debian packages they need, from debs/ only (${#pkgs[@]} packages plus vaultocr).
Packages the machine already has at the same or a newer version are left alone.
EOF
(cd "$dir" && find debs Packages packages.txt install.sh README.txt -type f -print0 | sort -z \
   | xargs -0 sha256sum > SHA256SUMS)

rm -rf "$final" "$out/$name.tar"
mv "$dir" "$final"
count=$(find "$final/debs" -name '*.deb' | wc -l)
size=$(du -sh "$final" | cut -f1)
if [[ $tar -eq 1 ]]; then
  tar -C "$out" -cf "$out/$name.tar.part" "$name" && mv "$out/$name.tar.part" "$out/$name.tar"
  echo "Bundle: $final ($count packages, $size) and $out/$name.tar"
else
  echo "Bundle: $final ($count packages, $size)"
fi
