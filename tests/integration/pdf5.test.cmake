# Issue 5: searchable PDFs from PDF inputs (kept and grafted pages), modes, passwords, PDF/A,
# encryption, metadata, ALTO — the real binary, real tesseract, checked with qpdf and poppler.
vaultocr_add_test(NAME TestPdfCli SOURCES integration/TestPdfCli.cpp integration/PdfFixtures.cpp
                  integration/PdfFixtures.h LIBS core_pdf qpdf::libqpdf Qt6::Gui LABEL integration TIMEOUT 1500)
