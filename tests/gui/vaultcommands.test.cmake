# The vault commands of the GUI with a keychain vault: encrypted export through the dialog,
# class change, recovery from the lock screen (real Secret Service: tests/run.sh).
vaultocr_add_test(NAME TestGuiVaultCommands SOURCES gui/TestGuiVaultCommands.cpp gui/GuiTestSupport.cpp
                  LIBS vaultocr_ui LABEL gui TIMEOUT 300 ENV "VAULTOCR_SAMPLE_DIR=${PROJECT_SOURCE_DIR}/resources/sample")
