# The GUI responsiveness benchmark: a plain executable, deliberately NOT a ctest test.
#   gui_bench [--runs N] [--pages N]
# Built on demand only (cmake --build build --target gui_bench), so CI does not pay for it.
add_executable(gui_bench EXCLUDE_FROM_ALL ${CMAKE_CURRENT_LIST_DIR}/gui_bench.cpp
               ${CMAKE_CURRENT_LIST_DIR}/../gui/GuiTestSupport.cpp)
target_include_directories(gui_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
target_link_libraries(gui_bench PRIVATE test_common vaultocr_ui Qt6::Test)
target_compile_definitions(gui_bench PRIVATE VAULTOCR_BENCH_DATA_DIR="${VAULTOCR_TEST_DATA}")
