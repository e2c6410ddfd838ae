# The data-path report (issue 6, item 6): the facts of this installation, gathered from the other
# modules' own APIs, and the Markdown and HTML renderers shared by `vaultocr report` and the GUI.
if(NOT Qt6Keychain_VERSION)
  set(Qt6Keychain_VERSION unknown)
endif()
vaultocr_core_module(report
  SOURCES report/LibraryVersions.cpp report/ManagedPolicyFacts.cpp report/ProcessFacts.cpp
          report/VaultFacts.cpp report/DataPathReport.cpp report/ReportDocument.cpp
          report/ReportSections.cpp report/ReportReview.cpp report/ReportRenderers.cpp
  DEPS core_util core_platform core_input core_ocr core_crypto core_vault core_policy
       PkgConfig::TESSERACT PkgConfig::LEPT PkgConfig::POPPLER PkgConfig::SODIUM qpdf::libqpdf)
target_compile_definitions(core_report PRIVATE VAULTOCR_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")
