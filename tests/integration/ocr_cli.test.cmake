vaultocr_add_test(NAME TestOcrCli SOURCES integration/TestOcrCli.cpp LABEL integration TIMEOUT 900)
# Its own process, so getrusage(RUSAGE_CHILDREN) sees only the bomb runs.
vaultocr_add_test(NAME TestOcrCliLimits SOURCES integration/TestOcrCliLimits.cpp LABEL integration TIMEOUT 300)
find_package(ZLIB REQUIRED)
target_link_libraries(TestOcrCliLimits PRIVATE ZLIB::ZLIB)
