#!/usr/bin/env bash
# Installs the .deb into a bare Debian 12 (debootstrap minbase) with dpkg -i, the way an admin
# does, runs the installed program as an ordinary user, then removes and purges it and checks
# that nothing of the package is left while the user's vault is untouched.
#   install-chroot.sh DEB_DIR VERSION WORK_DIR CACHE_DIR SAMPLE_DIR
set -euo pipefail
TEST_NAME=PackageInstallChroot
source "$(dirname "$0")/lib.sh"
require_root
dir=$1 VAULTOCR_VERSION=$2 work=$3 cache=$4 sample=$5
deb=$dir/vaultocr_${VAULTOCR_VERSION}_$(dpkg --print-architecture).deb
[[ -s $deb ]] || die "no $deb (the PackageDeb fixture failed?)"
ensure_base_tar "$cache"
R=$work/install-root
new_root "$R" "$cache"
trap 'rm -rf "$R"' EXIT
log "fresh Debian 12 minbase root: $(chroot "$R" dpkg-query -W | wc -l) packages"
chroot "$R" dpkg-query -W -f '${Package}\n' | sort > "$work/packages-before"

# The same suites the build machine uses, so the libraries match what dpkg-shlibdeps saw.
cat > "$R/etc/apt/sources.list" <<SRC
deb $(debian_mirror) bookworm main
deb $(debian_mirror) bookworm-updates main
deb $(security_mirror) bookworm-security main
SRC
cp /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$R/tmp/vaultocr.deb"
in_root "$R" apt-get update -qq || die "apt-get update in the root"

# 1. dpkg -i on a bare system stops at the missing dependencies; apt-get -f install fetches them
#    and finishes it. -f does not add the package's Recommends, so the language data comes as the
#    README says for this route (marked automatic, as apt's Recommends would be). Recommends of
#    the dependencies (a Secret Service, fonts, ...) are left out to keep the test short; the
#    Recommends field itself is checked by PackageLint.
start=$SECONDS
if in_root "$R" dpkg -i /tmp/vaultocr.deb > "$work/dpkg-i-1.log" 2>&1; then
  die "dpkg -i succeeded on a bare system: are the dependencies declared?"
fi
grep -q "dependency problems" "$work/dpkg-i-1.log" || { cat "$work/dpkg-i-1.log"; die "dpkg -i failed oddly"; }
apt_q=(apt-get -y -q -o Dpkg::Use-Pty=0 --no-install-recommends)
in_root "$R" "${apt_q[@]}" -f install > "$work/apt-f.log" 2>&1 \
  || { tail -30 "$work/apt-f.log"; die "apt-get -f install"; }
in_root "$R" "${apt_q[@]}" install tesseract-ocr-eng tesseract-ocr-osd > "$work/apt-lang.log" 2>&1 \
  || { tail -30 "$work/apt-lang.log"; die "apt-get install tesseract-ocr-eng tesseract-ocr-osd"; }
in_root "$R" apt-mark auto tesseract-ocr-eng tesseract-ocr-osd >/dev/null
log "dpkg -i + apt-get -f install: $(cat "$work"/apt-f.log "$work"/apt-lang.log | grep -c '^Setting up') packages set up in $((SECONDS - start)) s"
chroot "$R" dpkg-query -W -f '${Status}' libsecret-1-0 2>/dev/null | grep -q "install ok installed" \
  || die "libsecret-1-0 was not installed with the package"
# 2. With the dependencies present, dpkg -i alone installs (here: reinstalls) it.
in_root "$R" dpkg -i /tmp/vaultocr.deb > "$work/dpkg-i-2.log" 2>&1 || { cat "$work/dpkg-i-2.log"; die "dpkg -i"; }
[[ $(chroot "$R" dpkg-query -W -f '${Status}' vaultocr) == "install ok installed" ]] || die "not installed"
[[ -L $R/etc/systemd/user/timers.target.wants/vaultocr-purge.timer ]] \
  || die "postinst did not enable vaultocr-purge.timer for users"

check_installed_app "$R" "$sample"
# Enabled for every user's session (no user manager runs in a chroot, so this is the link).
[[ $(chroot "$R" readlink -f /etc/systemd/user/timers.target.wants/vaultocr-purge.timer) == /usr/lib/systemd/user/vaultocr-purge.timer ]] \
  || die "the enabled timer link does not lead to the installed unit"

# 3. Removal: the message says where the vaults are, every file of the package goes, the vault stays.
chroot "$R" dpkg-query -L vaultocr > "$work/package-files"
vault=$R/home/tester/.local/share/VaultOCR/VaultOCR/vault
mkdir -p "$vault" && echo "not a real vault" > "$vault/marker" && chroot "$R" chown -R tester: /home/tester/.local
in_root "$R" apt-get remove -y -q -o Dpkg::Use-Pty=0 vaultocr > "$work/remove.log" 2>&1 || { cat "$work/remove.log"; die "apt-get remove"; }
grep -q "stays in" "$work/remove.log" && grep -q 'rm -rf ~/.local/share/VaultOCR' "$work/remove.log" \
  || { cat "$work/remove.log"; die "removal did not tell where the user vaults stay"; }
log "removal said: $(grep -A1 'stays in' "$work/remove.log" | tr -s ' \n' ' ')"
while read -r f; do
  [[ -d $R$f && ! -L $R$f ]] && continue
  [[ -e $R$f || -L $R$f ]] && die "left after removal: $f"
done < "$work/package-files"
[[ -s $vault/marker ]] || die "the user's vault was touched by the removal"

# 4. Purge + autoremove: the system is back to the bare package set, nothing named vaultocr is left
#    outside the user's home.
in_root "$R" apt-get purge -y -q -o Dpkg::Use-Pty=0 vaultocr > "$work/purge.log" 2>&1 || { cat "$work/purge.log"; die "purge"; }
in_root "$R" apt-get autoremove --purge -y -q -o Dpkg::Use-Pty=0 > "$work/autoremove.log" 2>&1 || die "autoremove"
chroot "$R" dpkg-query -W -f '${Package}\n' | sort > "$work/packages-after"
diff -u "$work/packages-before" "$work/packages-after" || die "package set differs from the bare system after purge"
left=$(cd "$R" && find . -xdev \( -path ./home -o -path ./tmp -o -path ./proc -o -path ./var/log \) -prune \
       -o \( -iname '*vaultocr*' -print \))
[[ -z $left ]] || die "left after purge: $left"
[[ -s $vault/marker ]] || die "the user's vault was touched by the purge"
log "OK: installed, ran, removed and purged cleanly in ${SECONDS} s"
