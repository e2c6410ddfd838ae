vaultocr_core_module(crypto
  SOURCES crypto/SecureBuffer.cpp
  DEPS core_util PkgConfig::SODIUM)
