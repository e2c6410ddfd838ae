# Issue 5, unit level: content scanning and stripping (qpdf), the graft geometry checked against
# poppler and leptonica, ALTO, PDF/A metadata and the sRGB profile.
vaultocr_add_test(NAME TestPdfContentScan SOURCES core/TestPdfContentScan.cpp LIBS core_input LABEL unit)
vaultocr_add_test(NAME TestPdfGraftGeometry SOURCES core/TestPdfGraftGeometry.cpp LIBS core_pdf Qt6::Gui LABEL unit)
vaultocr_add_test(NAME TestAltoWriter SOURCES core/TestAltoWriter.cpp LIBS core_ocr LABEL unit)
vaultocr_add_test(NAME TestPdfMetadata SOURCES core/TestPdfMetadata.cpp LIBS core_pdf LABEL unit)
vaultocr_add_test(NAME TestPdfExportWriter SOURCES core/TestPdfExportWriter.cpp core/TestPdfSupport.h
                  LIBS core_pdf Qt6::Gui LABEL unit)
