# `vaultocr export` of a PDF-born document keeps the original's pages (born-digital page byte for
# byte, scanned page with its image and a grafted text layer), as PDF, PDF/A and AES-256: the
# built binary, the real keychain, real tesseract, checked with qpdf and poppler-utils.
vaultocr_add_test(NAME TestVaultPdfExport SOURCES integration/TestVaultPdfExport.cpp integration/PdfFixtures.cpp
                  integration/PdfFixtures.h integration/VaultCliSupport.h
                  LIBS core_crypto core_pdf core_vault qpdf::libqpdf Qt6::Gui LABEL integration TIMEOUT 600)
