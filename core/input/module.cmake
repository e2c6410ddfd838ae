vaultocr_core_module(input
  SOURCES input/InputFormat.cpp input/InputMessages.cpp input/Pix.cpp input/MappedFile.cpp
          input/JpegInfo.cpp input/ImageNormalize.cpp input/ImageFileSource.cpp
          input/PdfPageSource.cpp input/PageSource.cpp
  DEPS core_util Qt6::Gui PkgConfig::LEPT PkgConfig::POPPLER)
