#pragma once
// The PDF output options that `vaultocr ocr` and `vaultocr export` share — spelled, described and
// read one way: --pdfa and --encrypt-password-file FILE. Passwords come from a file (never argv)
// straight into secure memory.

#include "pdf/PdfExportOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace vo {
class SecureBuffer;
}

namespace vo::cli {

// The secret in the file named by `option` (one trailing newline stripped), or null when the
// option is not given.
Result<std::shared_ptr<const SecureBuffer>> secretFromFileOption(const QCommandLineParser& parser,
                                                                 const QCommandLineOption& option);

struct PdfOutputOptions {
    PdfOutputOptions();
    QCommandLineOption pdfa;
    QCommandLineOption encrypt;

    void addTo(QCommandLineParser& parser) const { parser.addOptions({pdfa, encrypt}); }
    // Sets pdfa and encryptPassword in `out`, then validates: PDF/A with encryption is a usage
    // error, reported before anything is opened or written.
    Result<void> apply(const QCommandLineParser& parser, PdfExportOptions& out) const;
};

}  // namespace vo::cli
