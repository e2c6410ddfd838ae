# The organisation's policy on the command line (issue 8), on vaultocr-policytest: the test-only
# build of the binary that reads $VAULTOCR_TEST_POLICY_FILE (app/CMakeLists.txt).
vaultocr_add_test(NAME TestPolicyCli SOURCES integration/TestPolicyCli.cpp LIBS Qt6::Gui LABEL integration TIMEOUT 300
                  ENV "VAULTOCR_POLICYTEST_BIN=$<TARGET_FILE:vaultocr-policytest>")
add_dependencies(TestPolicyCli vaultocr vaultocr-policytest)
