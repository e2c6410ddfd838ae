# Help → Data-path report (issue 6, item 6) on a real passphrase vault.
vaultocr_add_test(NAME TestGuiReport SOURCES gui/TestGuiReport.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300 ENV "${VAULTOCR_GUI_TEST_ENV}")
