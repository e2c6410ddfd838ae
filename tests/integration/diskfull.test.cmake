# A real full disk: the vault on a small tmpfs in a private mount namespace (the test re-runs
# itself under `unshare --mount`, or `unshare --user --map-root-user --mount` as a normal user;
# it skips, saying why, where neither works). Passphrase vaults, real tesseract.
vaultocr_add_test(NAME TestVaultDiskFull SOURCES integration/TestVaultDiskFull.cpp
                  LIBS Qt6::Gui LABEL integration TIMEOUT 180)
