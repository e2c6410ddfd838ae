vaultocr_add_test(NAME TestPrivacyCli SOURCES integration/TestPrivacyCli.cpp LABEL integration TIMEOUT 600)
