#include "cli/PdfOutputOptions.h"

#include "crypto/PassphraseKdf.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

namespace vo::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("PdfOutputOptions", s); }

}  // namespace

Result<std::shared_ptr<const SecureBuffer>> secretFromFileOption(const QCommandLineParser& p, const QCommandLineOption& o)
{
    if (!p.isSet(o))
        return std::shared_ptr<const SecureBuffer>();
    auto secret = readPassphraseFromFile(p.value(o));
    if (!secret)
        return secret.error();
    return std::shared_ptr<const SecureBuffer>(std::make_shared<SecureBuffer>(std::move(secret).value()));
}

PdfOutputOptions::PdfOutputOptions()
    : pdfa(QStringLiteral("pdfa"), tr("Write PDF/A-2b (archival; not with encryption)")),
      encrypt(QStringLiteral("encrypt-password-file"), tr("Encrypt the output PDF (AES-256) with the password in FILE"),
              tr("FILE"))
{
}

Result<void> PdfOutputOptions::apply(const QCommandLineParser& p, PdfExportOptions& out) const
{
    auto password = secretFromFileOption(p, encrypt);
    if (!password)
        return password.error();
    out.pdfa = p.isSet(pdfa);
    out.encryptPassword = password.value();
    return out.validate();
}

}  // namespace vo::cli
