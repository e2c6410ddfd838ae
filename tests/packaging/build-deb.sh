#!/usr/bin/env bash
# Fixture for the packaging tests: `cpack -G DEB` from the build directory, as a release would.
#   build-deb.sh BUILD_DIR OUT_DIR VERSION
set -euo pipefail
TEST_NAME=PackageDeb
source "$(dirname "$0")/lib.sh"
build=$1 out=$2 version=$3
require_tool cpack cmake
require_tool dpkg-shlibdeps dpkg-dev
rm -rf "$out" && mkdir -p "$out"
start=$SECONDS
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 \
  || { cat "$out/cpack.log"; die "cpack failed"; }
deb=$out/vaultocr_${version}_$(dpkg --print-architecture).deb
[[ -s $deb ]] || { cat "$out/cpack.log"; ls -la "$out"; die "cpack made no $deb"; }
log "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"
