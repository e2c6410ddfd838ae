#!/usr/bin/env bash
# Checks the .deb without installing it: control fields, the file list, desktop entry, AppStream
# metainfo, man page, icons, systemd units, maintainer scripts, and lintian (no errors allowed).
#   lint-deb.sh DEB_DIR VERSION
set -euo pipefail
TEST_NAME=PackageLint
source "$(dirname "$0")/lib.sh"
dir=$1 version=$2
arch=$(dpkg --print-architecture)
deb=$dir/vaultocr_${version}_${arch}.deb
[[ -s $deb ]] || die "no $deb (the PackageDeb fixture failed?)"
require_tool desktop-file-validate desktop-file-utils
require_tool appstreamcli appstream
require_tool lintian lintian
require_tool systemd-analyze systemd

x=$(mktemp -d)
trap 'rm -rf "$x"' EXIT
field() { dpkg-deb -f "$deb" "$1"; }

# --- control fields
[[ $(field Package) == vaultocr ]] || die "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || die "Version: $(field Version)"
[[ $(field Architecture) == "$arch" ]] || die "Architecture: $(field Architecture)"
depends=$(field Depends) recommends=$(field Recommends)
log "Depends: $depends"
log "Recommends: $recommends"
# libsecret is dlopened by QtKeychain: only an explicit entry gets it installed.
for d in libsecret-1-0 libc6 libtesseract5 liblept5 libpoppler-qt6-3 libqt6widgets6 \
         libqt6keychain1 libsodium23 libseccomp2; do
  grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || die "Depends lacks $d (dpkg-shlibdeps not run?)"
done
grep -q "Network" <<<"$depends" && die "Depends names a Qt network library"
for r in tesseract-ocr-eng tesseract-ocr-osd; do
  grep -Eq "(^|, )$r(,|$)" <<<"$recommends" || die "Recommends lacks $r"
done
grep -q "gnome-keyring | org.freedesktop.secrets" <<<"$recommends" || die "Recommends lacks a Secret Service"

# --- files
dpkg-deb -c "$deb" | awk '{print $6 ($1 ~ /^l/ ? " -> " $8 : "")}' | sed 's|^\./|/|' > "$x/files"
want=(/usr/bin/vaultocr
      /usr/share/applications/org.vaultocr.VaultOCR.desktop
      /usr/share/metainfo/org.vaultocr.VaultOCR.metainfo.xml
      /usr/share/icons/hicolor/scalable/apps/org.vaultocr.VaultOCR.svg
      /usr/share/man/man1/vaultocr.1.gz
      /usr/lib/systemd/user/vaultocr-purge.service
      /usr/lib/systemd/user/vaultocr-purge.timer
      /usr/share/doc/vaultocr/copyright
      /usr/share/doc/vaultocr/changelog.gz)
sizes=(16 22 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do want+=("/usr/share/icons/hicolor/${s}x${s}/apps/org.vaultocr.VaultOCR.png"); done
for f in "${want[@]}"; do grep -qx "$f" "$x/files" || die "package lacks $f"; done
bad=$(grep -Ev '^/usr/(bin|share|lib/systemd/user)(/|$)|^/$|^/usr/$|^/usr/lib/$|^/usr/lib/systemd/$' "$x/files" || true)
[[ -z $bad ]] || die "unexpected paths in the package: $bad"
grep -Eq '\.(a|h|so)$|/Test[A-Z]' "$x/files" && die "static libraries, headers or tests in the package"
log "$(grep -cv '/$' "$x/files") files; all ${#want[@]} expected ones present"

dpkg-deb -x "$deb" "$x/root"
dpkg-deb -e "$deb" "$x/ctrl"
r=$x/root

# --- binary: runs, and is the stripped release binary
OMP_THREAD_LIMIT=1 "$r/usr/bin/vaultocr" --version | grep -qx "vaultocr $version" || die "--version"
file "$r/usr/bin/vaultocr" | grep -q "not stripped" && die "/usr/bin/vaultocr is not stripped"

# --- desktop entry and AppStream
desktop-file-validate "$r/usr/share/applications/org.vaultocr.VaultOCR.desktop" || die "desktop-file-validate"
grep -qx 'Exec=vaultocr %F' "$r/usr/share/applications/org.vaultocr.VaultOCR.desktop" || die "Exec line"
grep -qx 'MimeType=image/png;image/jpeg;image/tiff;application/pdf;' \
  "$r/usr/share/applications/org.vaultocr.VaultOCR.desktop" || die "MimeType line"
grep -qx 'Icon=org.vaultocr.VaultOCR' "$r/usr/share/applications/org.vaultocr.VaultOCR.desktop" || die "Icon line"
appstreamcli validate --no-net "$r/usr/share/metainfo/org.vaultocr.VaultOCR.metainfo.xml" || die "appstreamcli validate"
meta=$r/usr/share/metainfo/org.vaultocr.VaultOCR.metainfo.xml
grep -q '<content_rating type="oars-1.1"' "$meta" || die "no OARS content rating"
[[ $(grep -c '<screenshot[ >]' "$meta") -ge 1 ]] || die "no screenshots"
grep -q "<release version=\"$version\"" "$meta" || die "metainfo has no <release> for $version"

# --- icons: each PNG has the size its directory says
for s in "${sizes[@]}"; do
  png=$r/usr/share/icons/hicolor/${s}x${s}/apps/org.vaultocr.VaultOCR.png
  wh=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [[ $wh == "${s}x${s}" ]] || die "$png is $wh"
done

# --- man page: gzipped, renders without warnings, documents every command and exit code
man=$r/usr/share/man/man1/vaultocr.1.gz
gzip -t "$man" || die "man page is not gzip"
if command -v man >/dev/null; then
  warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man" 2>&1 >/dev/null || true)
  [[ -z $warn ]] || die "man page warnings: $warn"
fi
page=$(zcat "$man")
for c in ocr languages doctor init import list text export delete purge expire set\\\\-class audit rotate\\\\-key recover policy; do
  grep -Eq "^\.B $c( |$)" <<<"$page" || die "man page does not document '$c'"
done
for e in 0 1 2 3 4 5 6 7 8 9 10 11 12 130; do
  grep -Eq "^\.B $e$" <<<"$page" || die "man page does not document exit code $e"
done

# --- systemd user units
svc=$r/usr/lib/systemd/user/vaultocr-purge.service timer=$r/usr/lib/systemd/user/vaultocr-purge.timer
for kv in 'ExecStart=/usr/bin/vaultocr purge' PrivateNetwork=yes NoNewPrivileges=yes \
          ProtectSystem=strict 'ReadWritePaths=%h/.local/share/VaultOCR' RestrictAddressFamilies=AF_UNIX; do
  grep -qxF "$kv" "$svc" || die "vaultocr-purge.service lacks $kv"
done
grep -qx 'OnCalendar=hourly' "$timer" || die "timer is not hourly"
grep -qx 'WantedBy=timers.target' "$timer" || die "timer has no [Install] WantedBy=timers.target"
# systemd parses every directive (an unknown or malformed one is reported); --root does not
# work for user units, so the copies point ExecStart at the unpacked binary instead.
mkdir -p "$x/units" "$x/run" && chmod 700 "$x/run"
sed "s|/usr/bin/vaultocr|$r/usr/bin/vaultocr|" "$svc" > "$x/units/vaultocr-purge.service"
cp "$timer" "$x/units/"
verify=$(cd "$x/units" && XDG_RUNTIME_DIR=$x/run systemd-analyze --user verify --man=no \
         ./vaultocr-purge.service ./vaultocr-purge.timer 2>&1) || true
[[ -z $verify ]] || die "systemd-analyze verify: $verify"

# --- maintainer scripts: executable, and removal tells users where their vaults stay
for s in postinst prerm postrm; do
  [[ -x $x/ctrl/$s ]] || die "control script $s missing or not executable"
  sh -n "$x/ctrl/$s" || die "$s: syntax"
done
msg=$(sh "$x/ctrl/prerm" remove)
grep -q '~/.local/share/VaultOCR' <<<"$msg" || die "prerm remove does not say where vaults stay"
grep -q 'rm -rf ~/.local/share/VaultOCR' <<<"$msg" || die "prerm remove does not say how to delete vaults"

# --- lintian: errors fail, warnings are listed
start=$SECONDS
lintian --no-tag-display-limit --display-level '>=warning' "$deb" > "$x/lintian.txt" 2>&1 || true
log "lintian ($((SECONDS - start)) s):"
sed 's/^/    /' "$x/lintian.txt"
grep -q '^E: ' "$x/lintian.txt" && die "lintian reports errors"
grep -Eq '^(internal error|.*[Uu]nknown option)' "$x/lintian.txt" && die "lintian did not run cleanly"
log "OK: lintian $(grep -c '^W: ' "$x/lintian.txt" || true) warning(s), 0 errors"
