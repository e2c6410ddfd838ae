vaultocr_core_module(util
  SOURCES util/Result.cpp util/AtomicFile.cpp util/PlaintextWipe.cpp
  DEPS Qt6::Core PkgConfig::SODIUM)
