#!/usr/bin/env bash
# Re-renders the hicolor PNG icons from the SVG (needs rsvg-convert from librsvg2-bin). The PNGs
# are committed so that building and packaging need no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" org.vaultocr.VaultOCR.svg -o "hicolor/${s}x${s}/apps/org.vaultocr.VaultOCR.png"
done
