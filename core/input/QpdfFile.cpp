#include "input/QpdfFile.h"

#include "crypto/SecureBuffer.h"
#include "input/InputMessages.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>

#include <QFile>

#include <cstring>

namespace vo {

SecureBuffer nulTerminated(const SecureBuffer& bytes)
{
    SecureBuffer out(bytes.size() + 1);  // zero-filled: the last byte is the terminator
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
}

Error qpdfInputError(const std::exception& e, bool passwordGiven)
{
    if (const auto* qe = dynamic_cast<const QPDFExc*>(&e); qe && qe->getErrorCode() == qpdf_e_password)
        return passwordGiven ? InputMessages::pdfWrongPassword() : InputMessages::pdfLocked();
    return InputMessages::pdfDamaged();
}

Result<std::unique_ptr<QPDF>> openQpdf(const QString& path, const SecureBuffer* password)
{
    const bool withPassword = password && !password->isEmpty();
    try {
        auto pdf = std::make_unique<QPDF>();
        pdf->setSuppressWarnings(true);
        pdf->setAttemptRecovery(true);  // a damaged xref is rebuilt by scanning the file
        if (withPassword) {
            const SecureBuffer z = nulTerminated(*password);
            pdf->processFile(QFile::encodeName(path).constData(), reinterpret_cast<const char*>(z.data()));
        } else {
            pdf->processFile(QFile::encodeName(path).constData());
        }
        // Inherited page attributes (MediaBox, Rotate, Resources…) are put on each page, so a
        // page can be read, changed or copied on its own.
        pdf->pushInheritedAttributesToPage();
        return pdf;
    } catch (const std::exception& e) {
        return qpdfInputError(e, withPassword);
    }
}

}  // namespace vo
