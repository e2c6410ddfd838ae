# core/vault tests. They use the real Secret Service (gnome-keyring on the private D-Bus session
# that tests/run.sh starts) and fail, never skip, without one.
vaultocr_add_test(NAME TestVaultCodec SOURCES core/TestVaultCodec.cpp LIBS core_vault LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestVaultCore SOURCES core/TestVaultCore.cpp core/VaultTestSupport.h
                  LIBS core_vault Qt6::Gui LABEL integration TIMEOUT 300)
vaultocr_add_test(NAME TestVaultKeys SOURCES core/TestVaultKeys.cpp core/VaultTestSupport.h
                  LIBS core_vault Qt6::Gui LABEL integration TIMEOUT 300)
vaultocr_add_test(NAME TestVaultAudit SOURCES core/TestVaultAudit.cpp core/VaultTestSupport.h
                  LIBS core_vault Qt6::Gui LABEL integration TIMEOUT 120)
