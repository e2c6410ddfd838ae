# `vaultocr export` of every kind (PDF/A, AES-256, ALTO) and `vaultocr set-class`: the built
# binary, the real keychain, real tesseract, checked with qpdf, poppler-utils and xmllint.
vaultocr_add_test(NAME TestVaultExport SOURCES integration/TestVaultExport.cpp integration/VaultCliSupport.h
                  LIBS core_crypto qpdf::libqpdf Qt6::Gui LABEL integration TIMEOUT 600)
