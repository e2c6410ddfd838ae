# The organisation's policy in the desktop app (issue 8): locked settings, welcome flow, export
# dialog, fail-closed start-up, and a whole vault run with a refused export.
# (Own ENV: this file is included before ui.test.cmake defines VAULTOCR_GUI_TEST_ENV.)
vaultocr_add_test(NAME TestGuiPolicy SOURCES gui/TestGuiPolicy.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300
                  ENV "VAULTOCR_SAMPLE_DIR=${PROJECT_SOURCE_DIR}/resources/sample")
