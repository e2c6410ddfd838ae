# The organisation's managed policy (issue 8): /etc/vaultocr/policy.json → ManagedPolicy, the
# VaultPolicy the vault obeys. Enforcement points: ARCHITECTURE.md, "Managed policy".
vaultocr_core_module(policy
  SOURCES policy/PolicyParser.cpp policy/ManagedPolicy.cpp policy/PolicyFile.cpp policy/TesseractLanguages.cpp
  DEPS core_util core_ocr core_vault PkgConfig::SODIUM)
