#!/usr/bin/env bash
# Configures and builds VaultOCR into ./build (or $BUILD_DIR). Extra args go to cmake configure.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
# Optimised, without debug information: a fifth less compile time (CI's budget is two cores) and
# a binary a quarter the size. A debugging build: BUILD_DIR=build-debug packaging/build.sh
# -DCMAKE_BUILD_TYPE=Debug (later -D options win).
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" "$@" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
