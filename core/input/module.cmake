vaultocr_core_module(input
  SOURCES input/InputFormat.cpp input/Pix.cpp input/PageSource.cpp
  DEPS core_util Qt6::Gui PkgConfig::LEPT PkgConfig::POPPLER)
