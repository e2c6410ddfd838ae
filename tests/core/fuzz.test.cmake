# What the libFuzzer targets (tests/fuzz) found, as normal unit tests of the gcc build, and every
# committed corpus input replayed through the same entry points.
vaultocr_add_test(NAME TestFuzzRegressions SOURCES core/TestFuzzRegressions.cpp
                  LIBS core_vault core_input LABEL unit TIMEOUT 120)
