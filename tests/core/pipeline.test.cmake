vaultocr_add_test(NAME TestPageSelection SOURCES core/TestPageSelection.cpp LIBS core_pipeline LABEL unit)
vaultocr_add_test(NAME TestOcrPipeline SOURCES core/TestOcrPipeline.cpp LIBS core_pipeline LABEL unit)
