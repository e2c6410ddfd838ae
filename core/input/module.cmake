vaultocr_core_module(input
  SOURCES input/InputFormat.cpp input/InputMessages.cpp input/Pix.cpp input/MappedFile.cpp
          input/JpegInfo.cpp input/PngChunks.cpp input/ImageNormalize.cpp input/ImageFileSource.cpp
          input/PdfPageSource.cpp input/PageSource.cpp input/PdfTextMode.cpp input/PdfContentScan.cpp
          input/PdfPageGeometry.cpp input/PdfTextWords.cpp input/QpdfFile.cpp input/PdfPagePlan.cpp
  DEPS core_util core_crypto Qt6::Gui PkgConfig::LEPT PkgConfig::POPPLER qpdf::libqpdf)
