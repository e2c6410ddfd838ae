find_package(Qt6Keychain REQUIRED)
vaultocr_core_module(vault
  SOURCES vault/VaultPlaceholder.cpp
  DEPS core_util core_crypto core_ocr Qt6Keychain::Qt6Keychain)
