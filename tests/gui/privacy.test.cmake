# The privacy promises of issue 6 for the desktop app: GuiPrivacyWorkflow (not a test by itself)
# runs the whole GUI workflow the way the app starts; TestGuiPrivacy runs it under strace in a
# fresh HOME/TMPDIR/XDG root and scans everything it left (CanaryScan: UTF-8, UTF-16LE, zlib).
find_package(ZLIB REQUIRED)
add_executable(GuiPrivacyWorkflow gui/GuiPrivacyWorkflow.cpp gui/GuiTestSupport.cpp)
target_link_libraries(GuiPrivacyWorkflow PRIVATE vaultocr_ui test_common Qt6::Test)
vaultocr_add_test(NAME TestGuiPrivacy SOURCES gui/TestGuiPrivacy.cpp common/CanaryScan.cpp
                  LIBS Qt6::Gui ZLIB::ZLIB LABEL gui TIMEOUT 300
                  ENV "VAULTOCR_GUI_PRIVACY_DRIVER=$<TARGET_FILE:GuiPrivacyWorkflow>")
add_dependencies(TestGuiPrivacy GuiPrivacyWorkflow)
