vaultocr_core_module(cli
  SOURCES cli/Cli.cpp cli/OcrCommand.cpp cli/SignalCancel.cpp cli/InfoCommands.cpp cli/VaultCommands.cpp
          cli/PdfOutputOptions.cpp
          cli/ReportCommand.cpp cli/PolicyContext.cpp cli/PolicyCommand.cpp
  DEPS core_util core_platform core_input core_ocr core_pdf core_pipeline core_vault core_policy core_report)
