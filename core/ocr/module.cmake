vaultocr_core_module(ocr
  SOURCES ocr/OcrPage.cpp ocr/LanguageCatalog.cpp ocr/TessApi.cpp ocr/OrientationDetector.cpp
          ocr/Preprocessor.cpp ocr/ResultReader.cpp ocr/TesseractEngine.cpp ocr/HocrWriter.cpp
          ocr/AltoWriter.cpp
  DEPS core_util core_input Qt6::Core PkgConfig::TESSERACT PkgConfig::LEPT)
