vaultocr_core_module(pdf
  SOURCES pdf/PdfImage.cpp pdf/SearchablePdfWriter.cpp
  DEPS core_util core_input core_ocr PkgConfig::LEPT)
