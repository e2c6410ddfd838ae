vaultocr_core_module(ocr
  SOURCES ocr/OcrPage.cpp ocr/LanguageCatalog.cpp ocr/TesseractEngine.cpp
  DEPS core_util core_input PkgConfig::TESSERACT PkgConfig::LEPT)
