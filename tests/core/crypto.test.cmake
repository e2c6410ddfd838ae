# core/crypto tests. The keychain test talks to the real Secret Service (gnome-keyring on the
# private D-Bus session that tests/run.sh starts) and fails, never skips, without one.
vaultocr_add_test(NAME TestSecureBuffer SOURCES core/TestSecureBuffer.cpp LIBS core_crypto LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestAead SOURCES core/TestAead.cpp LIBS core_crypto LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestSecretStream SOURCES core/TestSecretStream.cpp LIBS core_crypto LABEL unit TIMEOUT 180)
vaultocr_add_test(NAME TestPassphraseKdf SOURCES core/TestPassphraseKdf.cpp LIBS core_crypto LABEL unit TIMEOUT 120)
vaultocr_add_test(NAME TestRecoveryKey SOURCES core/TestRecoveryKey.cpp LIBS core_crypto LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestKeychainStore SOURCES core/TestKeychainStore.cpp LIBS core_crypto LABEL integration TIMEOUT 120)
