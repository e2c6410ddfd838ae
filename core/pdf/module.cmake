vaultocr_core_module(pdf
  SOURCES pdf/PdfImage.cpp pdf/SearchablePdfWriter.cpp pdf/PdfObjectWriter.cpp pdf/GlyphlessFont.cpp
          pdf/PdfTextLayer.cpp pdf/CcittG4.cpp
  DEPS core_util core_input core_ocr PkgConfig::LEPT PkgConfig::SODIUM Qt6::Core)
