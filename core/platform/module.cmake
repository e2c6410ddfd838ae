vaultocr_core_module(platform
  SOURCES platform/NetworkGuard.cpp platform/ProcessHardening.cpp platform/LogPolicy.cpp
  DEPS core_util PkgConfig::SECCOMP PkgConfig::LEPT)
