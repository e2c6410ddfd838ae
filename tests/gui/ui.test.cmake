# GUI tests (label gui): Qt Test on the offscreen platform, driving the real widgets.
set(VAULTOCR_GUI_TEST_ENV "VAULTOCR_SAMPLE_DIR=${PROJECT_SOURCE_DIR}/resources/sample")
vaultocr_add_test(NAME TestGuiOcr SOURCES gui/TestGuiOcr.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300 ENV "${VAULTOCR_GUI_TEST_ENV}")
vaultocr_add_test(NAME TestGuiVault SOURCES gui/TestGuiVault.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300 ENV "${VAULTOCR_GUI_TEST_ENV}")

# Not a test: the tool tests/gui/screenshots.sh runs under Xvfb to save PNGs of the main states.
add_executable(vaultocr_screens gui/ScreenshotDriver.cpp)
target_link_libraries(vaultocr_screens PRIVATE vaultocr_ui Qt6::Test)

vaultocr_add_test(NAME TestTranslations SOURCES gui/TestTranslations.cpp LIBS vaultocr_ui LABEL gui TIMEOUT 120
                  ENV "VAULTOCR_SOURCE_DIR=${PROJECT_SOURCE_DIR};VAULTOCR_LUPDATE=$<TARGET_FILE:Qt6::lupdate>")

vaultocr_add_test(NAME TestGuiDialogs SOURCES gui/TestGuiDialogs.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 120 ENV "${VAULTOCR_GUI_TEST_ENV}")

vaultocr_add_test(NAME TestPageImages SOURCES gui/TestPageImages.cpp LIBS vaultocr_ui LABEL gui TIMEOUT 180)
