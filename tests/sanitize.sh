#!/usr/bin/env bash
# The hostile-input stage of tests/run.sh (issue 6: "bad input gets a clear error"). Run by
# tests/run.sh inside its private HOME/XDG environment; not meant to be called on its own.
#
# 1. Fuzzing: a clang build (build-fuzz, -DVAULTOCR_FUZZ=ON: libFuzzer + ASan + UBSan) of the
#    targets in tests/fuzz, each run for FUZZ_SECONDS (60) from its seed corpus, two at a time
#    (the machine has two cores). A crash, sanitizer report, leak, out-of-memory (2 GB) or an
#    input taking over 25 s fails the stage; the input is kept in build-fuzz/fuzz-findings/.
# 2. The core's tests again (tests/core: unit tests and the in-process vault/keychain tests) in
#    a gcc build with AddressSanitizer and UBSan (build-asan,
#    -DVAULTOCR_SANITIZE=address,undefined), under their own D-Bus session and keyring. Left out
#    there: the CLI integration, GUI and packaging tests (see below).
# SANITIZE_STEPS="fuzz" or "asan" runs one of the two; FUZZ_SECONDS, FUZZ_BUILD_DIR and
# ASAN_BUILD_DIR change the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
FUZZ_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
ASAN_DIR=${ASAN_BUILD_DIR:-build-asan}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TARGETS=(fuzz_vault_header fuzz_vault_index fuzz_audit_record fuzz_image_import fuzz_pdf_import)
STEPS=${SANITIZE_STEPS:-fuzz asan}
failed=()
stamp() { date +%s; }
t0=$(stamp) t1=$t0 t2=$t0 t3=$t0 t4=$t0
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

# Configures the ASan build and picks its tests (used by step 2; step 1 starts that build on the
# core left idle while the last fuzz target runs alone).
asan_prepare() {
  cmake -S . -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DVAULTOCR_SANITIZE=address,undefined >/dev/null
  # The in-process tests of the core: every test registered in tests/core/*.cmake (unit tests,
  # and the vault, keychain and policy tests that use the real keyring), except TestOcrAccuracy
  # (an accuracy benchmark; the same OCR code runs in TestTesseractEngine). Not the CLI
  # integration tests: they need the vaultocr binary, i.e. the GUI too, built with ASan, which
  # doubles this build and does not fit CI's time budget (see README, Testing).
  mapfile -t targets < <(sed -n 's/.*vaultocr_add_test(NAME \([A-Za-z0-9_]*\).*/\1/p' tests/core/*.cmake \
                         | grep -vx "TestOcrAccuracy")
  SELECT=(-R "^($(IFS='|'; echo "${targets[*]}"))\$")
}

# --- 1. fuzzing -------------------------------------------------------------------------------
if [[ " $STEPS " == *" fuzz "* ]]; then
CXX=${FUZZ_CXX:-clang++-14} cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVAULTOCR_FUZZ=ON -DVAULTOCR_BUILD_TESTS=OFF >/dev/null
cmake --build "$FUZZ_DIR" -j2 --target fuzz_all
t1=$(stamp)

# Leaks are looked for (LSan), except in fontconfig's caches (tests/fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp:print_suppressions=0"
run_fuzzer() {
  local t=$1 work="$FUZZ_DIR/fuzz-work/$1" found="$FUZZ_DIR/fuzz-findings/$1"
  mkdir -p "$work" "$found"
  # New inputs go to the work folder; the committed seeds are only read.
  if "$FUZZ_DIR/tests/fuzz/$t" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=25 \
       -print_final_stats=1 -artifact_prefix="$found/" "$work" "tests/fuzz/corpus/$t" \
       >"$FUZZ_DIR/fuzz-$t.log" 2>&1; then
    echo "ok" >"$FUZZ_DIR/fuzz-$t.status"
  else
    echo "FAILED" >"$FUZZ_DIR/fuzz-$t.status"
  fi
}
[[ " $STEPS " == *" asan "* ]] && asan_prepare
for ((i = 0; i < ${#FUZZ_TARGETS[@]}; i += 2)); do
  round=("${FUZZ_TARGETS[@]:i:2}")
  for t in "${round[@]}"; do run_fuzzer "$t" & done
  if [[ ${#round[@]} == 1 && " $STEPS " == *" asan "* ]]; then
    # Interrupted builds resume where they stopped (ninja).
    (timeout "$FUZZ_SECONDS" cmake --build "$ASAN_DIR" -j1 --target "${targets[@]}" >/dev/null 2>&1 || true) &
  fi
  wait
done
for t in "${FUZZ_TARGETS[@]}"; do
  log="$FUZZ_DIR/fuzz-$t.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  printf '%-20s %-6s %8s inputs  %6s/s\n' "$t" "$(cat "$FUZZ_DIR/fuzz-$t.status")" "${runs:-?}" "${rate:-?}"
  if [[ $(cat "$FUZZ_DIR/fuzz-$t.status") != ok ]]; then
    failed+=("$t")
    grep -E -A40 "^==[0-9]+==ERROR|^SUMMARY|runtime error|ERROR: libFuzzer" "$log" | head -60 || true
    ls "$FUZZ_DIR/fuzz-findings/$t"
  fi
done
t2=$(stamp) t3=$(stamp) t4=$(stamp)
fi

# --- 2. the test suite under ASan + UBSan -----------------------------------------------------
if [[ " $STEPS " == *" asan "* ]]; then
[[ -n "${SELECT[*]:-}" ]] || asan_prepare
cmake --build "$ASAN_DIR" -j2 --target "${targets[@]}"
t3=$(stamp)

# detect_leaks=0: the app makes itself non-dumpable at start-up (no core dumps, no ptrace),
# which LeakSanitizer needs; leaks are looked for by the fuzz targets above instead.
# quarantine_size_mb=16: tests that bound peak memory (200 pages in under 30 MB) would otherwise
# see ASan's default 256 MB of freed-but-quarantined memory as their own.
export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:quarantine_size_mb=16"
if ! dbus-run-session -- bash -euo pipefail -c '
    printf %s "vaultocr-ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "'"$ASAN_DIR"'" --output-on-failure -j2 '"${SELECT[*]@Q}"'
  '; then
  failed+=("asan-tests")
fi
t4=$(stamp)
fi

echo "sanitizer stage: fuzz build $((t1 - t0)) s, fuzzing $((t2 - t1)) s, ASan build $((t3 - t2)) s," \
     "ASan tests $((t4 - t3)) s, total $((t4 - t0)) s"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "sanitizer stage FAILED: ${failed[*]}" >&2
  exit 1
fi
