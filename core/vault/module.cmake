# The encrypted vault (issue 3): format in vault/FORMAT.md.
find_package(Qt6Keychain REQUIRED)
vaultocr_core_module(vault
  SOURCES vault/SensitivityClass.cpp vault/RetentionPolicy.cpp vault/VaultPaths.cpp vault/VaultLock.cpp
          vault/VaultCrypto.cpp vault/VaultHeader.cpp vault/KeySlots.cpp vault/VaultIndex.cpp
          vault/IndexFile.cpp vault/KeyRing.cpp vault/MasterKeyAccess.cpp vault/AuditLog.cpp
          vault/BlobStore.cpp vault/VaultOcrCodec.cpp vault/VaultState.cpp vault/KeyRotation.cpp
          vault/DocumentImporter.cpp vault/DocumentReader.cpp vault/StoredPdfOriginal.cpp vault/OcrCorrections.cpp
          vault/Vault.cpp
          vault/VaultSetup.cpp vault/ClassChange.cpp
  DEPS core_util core_crypto core_ocr core_input core_pdf core_pipeline Qt6Keychain::Qt6Keychain
       PkgConfig::SODIUM)
