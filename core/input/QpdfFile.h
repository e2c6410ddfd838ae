#pragma once
// Opening a PDF with qpdf: file-backed (qpdf reads objects from the file on demand; nothing is
// loaded whole, nothing is written anywhere), warnings silenced (they quote the document), qpdf's
// exceptions turned into our one-line errors.

#include "util/Result.h"

#include <QString>
#include <QtGlobal>

#include <exception>
#include <memory>

class QPDF;

namespace vo {

class SecureBuffer;

// `password` may be null or empty (no password). Wrong or missing password → InputUnreadable
// with InputMessages::pdfLocked() / pdfWrongPassword(); damage qpdf cannot repair → pdfDamaged().
Result<std::unique_ptr<QPDF>> openQpdf(const QString& path, const SecureBuffer* password);
// The same over bytes in memory (not copied: they must outlive the QPDF), e.g. an input's mapping.
Result<std::unique_ptr<QPDF>> openQpdf(const uchar* data, size_t size, const SecureBuffer* password);

// A NUL-terminated copy in secure memory, for C APIs that take `char const*` (qpdf, poppler).
SecureBuffer nulTerminated(const SecureBuffer& bytes);

// Maps an exception from qpdf (or the standard library under it) to a one-line error that never
// quotes the document: qpdf's own messages name the file and objects.
Error qpdfInputError(const std::exception& e, bool passwordGiven);

}  // namespace vo
