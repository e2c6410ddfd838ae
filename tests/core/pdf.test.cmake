# The searchable PDF writer, checked with the readers' own tools (poppler-utils, qpdf). Qt6::Gui
# only for QPainter-rendered fixture pages (offscreen platform).
vaultocr_add_test(NAME TestSearchablePdfWriter SOURCES core/TestSearchablePdfWriter.cpp core/TestPdfSupport.h
                  LIBS core_pdf Qt6::Gui LABEL unit TIMEOUT 300)
vaultocr_add_test(NAME TestPdfImage SOURCES core/TestPdfImage.cpp core/TestPdfSupport.h
                  LIBS core_pdf Qt6::Gui LABEL unit TIMEOUT 120)
vaultocr_add_test(NAME TestPdfTextLayer SOURCES core/TestPdfTextLayer.cpp LIBS core_pdf LABEL unit)
