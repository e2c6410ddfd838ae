vaultocr_add_test(NAME TestNetworkGuard SOURCES core/TestNetworkGuard.cpp LIBS core_platform LABEL unit)
vaultocr_add_test(NAME TestAtomicFile SOURCES core/TestAtomicFile.cpp LIBS core_util LABEL unit)
