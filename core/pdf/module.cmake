vaultocr_core_module(pdf
  SOURCES pdf/PdfImage.cpp pdf/SearchablePdfWriter.cpp pdf/PdfObjectWriter.cpp pdf/GlyphlessFont.cpp
          pdf/PdfTextLayer.cpp pdf/CcittG4.cpp pdf/PdfExportOptions.cpp pdf/PdfMetadata.cpp
          pdf/PdfGraftGeometry.cpp pdf/QpdfPageBuilder.cpp pdf/QpdfOutput.cpp pdf/PdfAPreflight.cpp
          pdf/PdfAssembler.cpp pdf/PdfPageText.cpp pdf/PdfExportWriter.cpp
  DEPS core_util core_input core_ocr core_crypto PkgConfig::LEPT PkgConfig::SODIUM Qt6::Core qpdf::libqpdf)
