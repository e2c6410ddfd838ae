# Input module (core/input): sniffing, QImage<->PIX, image files and PDFs as pages.
find_package(ZLIB REQUIRED)  # the PNG-bomb fixture is deflated in the test itself

add_library(test_input_fixtures STATIC core/TestInputFixtures.cpp)
target_link_libraries(test_input_fixtures PUBLIC core_input test_common)

vaultocr_add_test(NAME TestInputFormat SOURCES core/TestInputFormat.cpp
                  LIBS core_input test_input_fixtures LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestPix SOURCES core/TestPix.cpp
                  LIBS core_input test_input_fixtures LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestPageSourceImage SOURCES core/TestPageSourceImage.cpp
                  LIBS core_input test_input_fixtures ZLIB::ZLIB LABEL unit TIMEOUT 120)
vaultocr_add_test(NAME TestPageSourcePdf SOURCES core/TestPageSourcePdf.cpp
                  LIBS core_input test_input_fixtures LABEL unit TIMEOUT 180)
