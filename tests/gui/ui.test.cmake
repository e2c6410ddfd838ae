# GUI tests (label gui): Qt Test on the offscreen platform, driving the real widgets.
set(VAULTOCR_GUI_TEST_ENV "VAULTOCR_SAMPLE_DIR=${PROJECT_SOURCE_DIR}/resources/sample")
vaultocr_add_test(NAME TestGuiOcr SOURCES gui/TestGuiOcr.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300 ENV "${VAULTOCR_GUI_TEST_ENV}")
vaultocr_add_test(NAME TestGuiVault SOURCES gui/TestGuiVault.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300 ENV "${VAULTOCR_GUI_TEST_ENV}")
