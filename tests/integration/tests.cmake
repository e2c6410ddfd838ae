# Each area keeps its registrations in its own NAME.test.cmake, so parallel work never edits
# the same file.
file(GLOB _vaultocr_test_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.test.cmake)
foreach(_f ${_vaultocr_test_files})
  include(${_f})
endforeach()
