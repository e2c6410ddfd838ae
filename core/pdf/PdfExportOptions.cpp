#include "pdf/PdfExportOptions.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

namespace vo {

bool PdfExportOptions::encrypted() const { return encryptPassword && !encryptPassword->isEmpty(); }

Result<void> PdfExportOptions::validate() const
{
    if (pdfa && encrypted())
        return makeError(ErrorCode::Usage, QCoreApplication::translate(
                                               "PdfExportOptions", "PDF/A does not allow encryption: choose one of the two"));
    return {};
}

}  // namespace vo
