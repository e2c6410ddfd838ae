# The vault export's decrypted PDF original (core/vault/StoredPdfOriginal): growth without
# copies left behind, when it falls back to the page images, and each page's Skip-mode plan.
vaultocr_add_test(NAME TestStoredPdfOriginal SOURCES core/TestStoredPdfOriginal.cpp
                  LIBS core_vault test_input_fixtures LABEL unit TIMEOUT 60)
