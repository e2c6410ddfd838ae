# `vaultocr report` (issue 6, item 6) on real vaults: keychain and passphrase mode, real tesseract.
vaultocr_add_test(NAME TestReportCli SOURCES integration/TestReportCli.cpp integration/VaultCliSupport.h
                  LIBS core_vault Qt6::Gui LABEL integration TIMEOUT 300)
