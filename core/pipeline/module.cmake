vaultocr_core_module(pipeline
  SOURCES pipeline/OcrPipeline.cpp pipeline/OcrJob.cpp
  DEPS core_util core_input core_ocr core_pdf)
