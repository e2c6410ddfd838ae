# The vault commands on the built binary, with the real keychain and real tesseract.
vaultocr_add_test(NAME TestVaultCli SOURCES integration/TestVaultCli.cpp integration/VaultCliSupport.h
                  LIBS core_vault Qt6::Gui LABEL integration TIMEOUT 600)
vaultocr_add_test(NAME TestVaultCanary SOURCES integration/TestVaultCanary.cpp integration/VaultCliSupport.h
                  common/CanaryScan.cpp LIBS core_crypto Qt6::Gui ZLIB::ZLIB LABEL integration TIMEOUT 300)
vaultocr_add_test(NAME TestVaultCrash SOURCES integration/TestVaultCrash.cpp integration/VaultCliSupport.h
                  LIBS core_crypto Qt6::Gui LABEL integration TIMEOUT 600)
