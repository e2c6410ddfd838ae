#!/usr/bin/env bash
# Builds the offline bundle with packaging/offline-bundle.sh (plus German as an extra language),
# then installs it into a bare Debian 12 root that has no package source configured, no package
# lists, and no network at all (an empty network namespace), and runs the installed program.
#   offline-bundle.sh REPO DEB_DIR VERSION WORK_DIR CACHE_DIR SAMPLE_DIR
set -euo pipefail
TEST_NAME=PackageOfflineBundle
source "$(dirname "$0")/lib.sh"
require_root
repo=$1 dir=$2 VAULTOCR_VERSION=$3 work=$4 cache=$5 sample=$6
arch=$(dpkg --print-architecture)
deb=$dir/vaultocr_${VAULTOCR_VERSION}_$arch.deb
[[ -s $deb ]] || die "no $deb (the PackageDeb fixture failed?)"
require_tool dpkg-scanpackages dpkg-dev

# 1. The bundle, made as a release manager would (as root here, like the rest of the test).
start=$SECONDS
rm -rf "$work/dist"
"$repo/packaging/offline-bundle.sh" --deb "$deb" --out "$work/dist" --lang deu || die "offline-bundle.sh"
name=vaultocr-offline-${VAULTOCR_VERSION}-$arch
tarball=$work/dist/$name.tar
[[ -s $tarball ]] || die "no tarball $tarball"
log "bundle made in $((SECONDS - start)) s: $(du -h "$tarball" | cut -f1), $(ls "$work/dist/$name/debs" | wc -l) packages"
for p in vaultocr_ libsecret-1-0_ tesseract-ocr-eng_ tesseract-ocr-osd_ tesseract-ocr-deu_ libc6_ libqt6widgets6_; do
  ls "$work/dist/$name/debs/$p"*.deb >/dev/null 2>&1 || die "bundle lacks $p*.deb"
done
for f in install.sh SHA256SUMS Packages packages.txt README.txt; do
  [[ -f $work/dist/$name/$f ]] || die "bundle lacks $f"
done
# A bad option and an unknown language are refused with a message, not half a bundle.
"$repo/packaging/offline-bundle.sh" --deb "$deb" --out "$work/dist-bad" --lang xx-nonexistent >/dev/null 2>&1 \
  && die "an unknown language made a bundle"
[[ ! -e $work/dist-bad/$name.tar ]] || die "a failed run left a tarball"

# 2. A bare root with no way to reach any archive.
ensure_base_tar "$cache"
R=$work/offline-root
new_root "$R" "$cache"
trap 'rm -rf "$R"' EXIT
: > "$R/etc/apt/sources.list"
rm -rf "$R"/etc/apt/sources.list.d/* "$R"/var/lib/apt/lists/* "$R"/etc/resolv.conf
cp "$tarball" "$R/root/"
in_root --no-net "$R" tar -C /root -xf "/root/$name.tar"
net=$(in_root --no-net "$R" cat /proc/net/dev | awk -F: 'NR > 2 {gsub(/ /, "", $1); print $1}' | tr '\n' ' ')
[[ $net == "lo " ]] || die "the offline root still sees network interfaces: $net"

# 3. sudo ./install.sh, offline.
start=$SECONDS
in_root --no-net "$R" "/root/$name/install.sh" > "$work/offline-install.log" 2>&1 \
  || { tail -40 "$work/offline-install.log"; die "install.sh failed offline"; }
log "install.sh (no network) installed $(grep -c '^Setting up' "$work/offline-install.log") packages in $((SECONDS - start)) s"
# (A chroot has no /dev/pts, so apt cannot keep its terminal log: that one is expected.)
grep -E '^(W|E|Err):' "$work/offline-install.log" | grep -v 'Is /dev/pts mounted' \
  && die "apt complained (see $work/offline-install.log)"
check_installed_app "$R" "$sample" deu
# Tampering is caught before anything is installed.
echo x >> "$R/root/$name/Packages"
in_root --no-net "$R" "/root/$name/install.sh" > "$work/offline-tamper.log" 2>&1 && die "install.sh accepted a damaged bundle"
grep -q "damaged" "$work/offline-tamper.log" || die "damaged bundle: $(cat "$work/offline-tamper.log")"
log "OK: offline bundle installs and works without network (${SECONDS} s)"
