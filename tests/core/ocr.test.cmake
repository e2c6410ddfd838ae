# The OCR module's tests. They link core_ocr (and core_input for the PageImage/Pix header types
# only: fixtures are loaded with leptonica directly).
vaultocr_add_test(NAME TestLanguageCatalog SOURCES core/TestLanguageCatalog.cpp LIBS core_ocr LABEL unit)
vaultocr_add_test(NAME TestOcrPage SOURCES core/TestOcrPage.cpp LIBS core_ocr LABEL unit)
vaultocr_add_test(NAME TestHocrWriter SOURCES core/TestHocrWriter.cpp core/TestOcrSupport.h LIBS core_ocr LABEL unit)
vaultocr_add_test(NAME TestTesseractEngine SOURCES core/TestTesseractEngine.cpp core/TestOcrSupport.h
                  LIBS core_ocr LABEL unit TIMEOUT 600)
vaultocr_add_test(NAME TestOcrPreprocessor SOURCES core/TestOcrPreprocessor.cpp core/TestOcrSupport.h
                  LIBS core_ocr LABEL unit TIMEOUT 600)
vaultocr_add_test(NAME TestOcrAccuracy SOURCES core/TestOcrAccuracy.cpp core/TestOcrSupport.h
                  LIBS core_ocr LABEL integration TIMEOUT 600)
