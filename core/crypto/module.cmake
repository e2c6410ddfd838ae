# Qt6Keychain's imported target is directory-scoped and its config file refuses to run twice in
# one directory (it re-creates the ALIAS). Every module.cmake is included into core/, so the
# lookup is deferred to the end of that directory and done only if no other module did it;
# target names are resolved at generate time, so core_crypto links it either way.
# QtDBus: asking the Secret Service whether its keyring is locked (KeychainStore.cpp).
find_package(Qt6 REQUIRED COMPONENTS DBus)

macro(_vaultocr_crypto_find_keychain)
  if(NOT TARGET Qt6Keychain::Qt6Keychain)
    find_package(Qt6Keychain REQUIRED)
  endif()
endmacro()
cmake_language(DEFER CALL _vaultocr_crypto_find_keychain)

vaultocr_core_module(crypto
  SOURCES crypto/SecureBuffer.cpp crypto/Aead.cpp crypto/SecretStream.cpp crypto/PassphraseKdf.cpp
          crypto/RecoveryKey.cpp crypto/KeychainStore.cpp
  DEPS core_util Qt6::Core Qt6::DBus Qt6Keychain::Qt6Keychain PkgConfig::SODIUM)
