vaultocr_core_module(pipeline
  SOURCES pipeline/PageSelection.cpp pipeline/OcrPipeline.cpp pipeline/OcrOutputs.cpp pipeline/OcrJob.cpp
  DEPS core_util core_input core_ocr core_pdf)
