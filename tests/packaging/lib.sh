# Shared helpers for the packaging tests (sourced, not run). They need root: debootstrap, chroot
# and namespaces. A missing tool is a failure that names the Debian package, never a silent skip.

SKIP=77  # ctest SKIP_RETURN_CODE

log() { printf '[%s %4ds] %s\n' "${TEST_NAME:-pkg}" "$SECONDS" "$*"; }
die() { printf '[%s] FAIL: %s\n' "${TEST_NAME:-pkg}" "$*" >&2; exit 1; }

require_root() {
  [[ $(id -u) -eq 0 ]] || { echo "needs root (debootstrap/chroot/namespaces): skipped"; exit "$SKIP"; }
}

# require_tool COMMAND DEBIAN-PACKAGE
require_tool() {
  command -v "$1" >/dev/null || die "'$1' is missing: apt-get install $2"
}

# The Debian archive and security mirrors apt is configured with (deb822 or one-line format).
_apt_uri() {  # $1 = regex the URI must (security) or must not (main) match
  local want=$1 uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk '/^URIs:/ {for (i = 2; i <= NF; i++) print $i}' \
        ; cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1 == "deb" {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; break}}')
  if [[ $want == security ]]; then
    grep -m1 -E 'debian-security/?$' <<<"$uri" || echo http://deb.debian.org/debian-security
  else
    grep -m1 -E '/debian/?$' <<<"$uri" || echo http://deb.debian.org/debian
  fi
}
debian_mirror() { echo "${VAULTOCR_DEBIAN_MIRROR:-$(_apt_uri main)}"; }
security_mirror() { echo "${VAULTOCR_DEBIAN_SECURITY_MIRROR:-$(_apt_uri security)}"; }

# ensure_base_tar CACHE_DIR: a tarball of a bare Debian 12 (debootstrap --variant=minbase
# bookworm), made once and reused; concurrent tests wait on the lock.
ensure_base_tar() {
  local cache=$1 tarball=$1/bookworm-minbase.tar
  mkdir -p "$cache"
  (
    flock 9
    if [[ ! -s $tarball ]]; then
      require_tool debootstrap debootstrap
      local tmp=$cache/minbase.tmp start=$SECONDS
      rm -rf "$tmp"
      log "debootstrap --variant=minbase bookworm from $(debian_mirror)"
      debootstrap --variant=minbase bookworm "$tmp" "$(debian_mirror)" > "$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log" >&2; die "debootstrap failed (log: $cache/debootstrap.log)"; }
      rm -f "$tmp"/var/cache/apt/archives/*.deb
      tar -C "$tmp" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
      rm -rf "$tmp"
      log "minbase root made in $((SECONDS - start)) s"
    fi
  ) 9>"$cache/.lock"
  [[ -s $tarball ]] || exit 1
}

# new_root DIR CACHE_DIR: a fresh copy of the bare Debian 12 root.
new_root() {
  rm -rf "$1" && mkdir -p "$1"
  tar -C "$1" -xf "$2/bookworm-minbase.tar"
}

# in_root [--no-net] DIR COMMAND...: runs COMMAND chrooted into DIR in private mount and PID
# namespaces with its own /proc (so nothing stays mounted afterwards), and with --no-net in an
# empty network namespace: not even the host's loopback is reachable.
in_root() {
  local net=()
  [[ $1 == --no-net ]] && { net=(--net); shift; }
  local root=$1; shift
  unshare --mount --pid --fork "${net[@]}" --mount-proc="$root/proc" \
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# as_user DIR COMMAND...: runs COMMAND in the root as the unprivileged user "tester" (created
# on first use), with a real HOME, as a desktop user would.
as_user() {
  local root=$1; shift
  if ! chroot "$root" id tester >/dev/null 2>&1; then
    chroot "$root" useradd --create-home --shell /bin/sh tester
  fi
  in_root "$root" setpriv --reuid=tester --regid=tester --init-groups \
    env HOME=/home/tester USER=tester QT_QPA_PLATFORM=offscreen "$@"
}

# check_installed_app DIR SAMPLE_DIR [LANG...]: the installed vaultocr reports its version,
# lists the languages and recognises the sample letter (CER against its ground truth).
check_installed_app() {
  local root=$1 sample=$2; shift 2
  local version out
  [[ -x $root/usr/bin/vaultocr ]] || die "/usr/bin/vaultocr is not installed"
  version=$(as_user "$root" /usr/bin/vaultocr --version) || die "vaultocr --version failed"
  [[ $version == "vaultocr $VAULTOCR_VERSION" ]] || die "vaultocr --version said '$version'"
  log "installed: $version"
  out=$(as_user "$root" /usr/bin/vaultocr languages) || die "vaultocr languages failed: $out"
  local l
  for l in eng "$@"; do
    grep -qx "$l" <<<"$out" || die "language '$l' not installed; vaultocr languages said: $(echo $out)"
  done
  # Orientation data is not a language, so `languages` leaves it out; rotation needs the file.
  [[ -s $root/usr/share/tesseract-ocr/5/tessdata/osd.traineddata ]] || die "no orientation data (tesseract-ocr-osd)"
  as_user "$root" /usr/bin/vaultocr doctor > "$root/tmp/doctor.txt" 2>&1 \
    || { cat "$root/tmp/doctor.txt"; die "vaultocr doctor failed (network guard not active?)"; }
  grep -q "Network guard: active" "$root/tmp/doctor.txt" || die "doctor: $(cat "$root/tmp/doctor.txt")"
  cp "$sample/sample-letter.png" "$root/tmp/sample-letter.png"
  chmod 644 "$root/tmp/sample-letter.png"
  local start=$SECONDS
  as_user "$root" /usr/bin/vaultocr ocr /tmp/sample-letter.png -o /home/tester/letter.pdf \
    --sidecar /home/tester/letter.txt || die "vaultocr ocr of the sample failed"
  log "OCR of the sample from /usr/bin/vaultocr took $((SECONDS - start)) s"
  head -c 5 "$root/home/tester/letter.pdf" | grep -q '%PDF-' || die "letter.pdf is not a PDF"
  local cer
  cer=$(cer_percent "$sample/sample-letter.gt.txt" "$root/home/tester/letter.txt")
  log "sample OCR character error rate: $cer %"
  (( cer <= 5 )) || die "sample OCR CER $cer % > 5 %"
}

# cer_percent TRUTH HYPOTHESIS: character error rate in whole percent (Levenshtein over the
# texts with white space runs folded to one space), rounded up.
cer_percent() {
  awk 'FNR == 1 { f++ }
       { t[f] = t[f] " " $0 }
       END {
         for (k = 1; k <= 2; k++) { gsub(/[ \t\r\f]+/, " ", t[k]); sub(/^ /, "", t[k]); sub(/ $/, "", t[k]) }
         a = t[1]; b = t[2]; n = length(a); m = length(b)
         for (j = 0; j <= m; j++) prev[j] = j
         for (i = 1; i <= n; i++) {
           cur[0] = i; ca = substr(a, i, 1)
           for (j = 1; j <= m; j++) {
             c = prev[j - 1] + (ca != substr(b, j, 1))
             if (prev[j] + 1 < c) c = prev[j] + 1
             if (cur[j - 1] + 1 < c) c = cur[j - 1] + 1
             cur[j] = c
           }
           for (j = 0; j <= m; j++) prev[j] = cur[j]
         }
         d = (n ? prev[m] * 100 / n : 100); printf "%d\n", (d == int(d) ? d : int(d) + 1)
       }' "$1" "$2"
}
