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

namespace {

// `process` hands the file or the bytes to qpdf, with the password when there is one.
template <typename Process>
Result<std::unique_ptr<QPDF>> openWith(const SecureBuffer* password, Process process)
{
    const bool withPassword = password && !password->isEmpty();
    try {
        auto pdf = std::make_unique<QPDF>();
        pdf->setSuppressWarnings(true);
        pdf->setAttemptRecovery(true);  // a damaged xref is rebuilt by scanning the file
        if (withPassword) {
            const SecureBuffer z = nulTerminated(*password);
            process(*pdf, reinterpret_cast<const char*>(z.data()));
        } else {
            process(*pdf, nullptr);
        }
        // Inherited page attributes (MediaBox, Rotate, Resources…) are put on each page, so a
        // page can be read, changed or copied on its own.
        pdf->pushInheritedAttributesToPage();
        return pdf;
    } catch (const std::exception& e) {
        return qpdfInputError(e, withPassword);
    }
}

}  // namespace

Result<std::unique_ptr<QPDF>> openQpdf(const QString& path, const SecureBuffer* password)
{
    const QByteArray name = QFile::encodeName(path);
    return openWith(password, [&](QPDF& pdf, const char* pw) { pdf.processFile(name.constData(), pw); });
}

Result<std::unique_ptr<QPDF>> openQpdf(const uchar* data, size_t size, const SecureBuffer* password)
{
    return openWith(password, [&](QPDF& pdf, const char* pw) {
        // The description appears only in qpdf's messages, which never reach the user.
        pdf.processMemoryFile("input", reinterpret_cast<const char*>(data), size, pw);
    });
}

}  // namespace vo
