# The vault benchmark: a plain executable, deliberately NOT a ctest test.
#   vault_bench [--dir DIR] [--mb 100] [--docs 1000]
# Built on demand only (cmake --build build --target vault_bench), so CI does not pay for it.
add_executable(vault_bench EXCLUDE_FROM_ALL ${CMAKE_CURRENT_LIST_DIR}/vault_bench.cpp)
target_link_libraries(vault_bench PRIVATE core_vault Qt6::Gui PkgConfig::SODIUM)
