# Changing a document's sensitivity class (Vault::setSensitivity): real keychain (tests/run.sh).
vaultocr_add_test(NAME TestVaultClassChange SOURCES core/TestVaultClassChange.cpp core/VaultTestSupport.h
                  LIBS core_vault Qt6::Gui LABEL integration TIMEOUT 120)
