#include "input/InputMessages.h"

#include <QLocale>

namespace vo {

namespace {

Error unreadable(QString message) { return makeError(ErrorCode::InputUnreadable, std::move(message)); }

// Pages are 0-based in the API and 1-based for people.
QString pageNumber(int index) { return QString::number(index + 1); }

}  // namespace

Error InputMessages::fileMissing() { return unreadable(tr("the file does not exist")); }

Error InputMessages::isFolder() { return unreadable(tr("this is a folder, not a file")); }

Error InputMessages::notRegularFile() { return unreadable(tr("not a regular file")); }

Error InputMessages::permissionDenied() { return unreadable(tr("permission denied: the file cannot be read")); }

Error InputMessages::fileUnreadable() { return unreadable(tr("the file cannot be read")); }

Error InputMessages::fileEmpty() { return unreadable(tr("the file is empty")); }

Error InputMessages::fileTooLarge(qint64 bytes, qint64 limit)
{
    const QLocale locale;
    return unreadable(tr("the file is %1, over the %2 limit")
                          .arg(locale.formattedDataSize(bytes), locale.formattedDataSize(limit)));
}

Error InputMessages::unsupportedFormat() { return unreadable(tr("not a supported image or PDF")); }

Error InputMessages::imageDamaged(int index)
{
    return unreadable(tr("page %1 cannot be decoded: the image is damaged or uses an unsupported encoding")
                          .arg(pageNumber(index)));
}

Error InputMessages::tiffDamaged() { return unreadable(tr("the TIFF file is damaged")); }

Error InputMessages::tooManyPixels(int index, qint64 width, qint64 height, qint64 limit)
{
    return unreadable(tr("page %1 is %2\u00d7%3 pixels, over the %4-megapixel limit")
                          .arg(pageNumber(index))
                          .arg(width)
                          .arg(height)
                          .arg(QString::number(double(limit) / 1e6, 'g', 4)));
}

Error InputMessages::tooManyPages(qint64 pages, int limit)
{
    return unreadable(tr("the file has %1 pages, over the %2-page limit").arg(pages).arg(limit));
}

Error InputMessages::pdfDamaged() { return unreadable(tr("the PDF is damaged or incomplete")); }

Error InputMessages::pdfLocked() { return unreadable(tr("the PDF is password-protected")); }

Error InputMessages::pdfWrongPassword() { return unreadable(tr("the password for the PDF is wrong")); }

Error InputMessages::pdfPageUnreadable(int index)
{
    return unreadable(tr("page %1 of the PDF cannot be read: its structure is damaged").arg(pageNumber(index)));
}

Error InputMessages::pdfNoPages() { return unreadable(tr("the PDF has no pages")); }

Error InputMessages::pdfPageDamaged(int index)
{
    return unreadable(tr("page %1 of the PDF is damaged").arg(pageNumber(index)));
}

Error InputMessages::pdfRenderFailed(int index)
{
    return unreadable(tr("page %1 of the PDF could not be rendered").arg(pageNumber(index)));
}

Error InputMessages::pageOutOfRange(int index, int count)
{
    return makeError(ErrorCode::Internal,
                     tr("page %1 does not exist: the document has %2 pages").arg(pageNumber(index)).arg(count));
}

Error InputMessages::badPdfDpi(int dpi)
{
    return makeError(ErrorCode::Usage, tr("the PDF resolution must be between 36 and 2400 dpi, not %1").arg(dpi));
}

Error InputMessages::cancelled() { return makeError(ErrorCode::Cancelled, tr("cancelled")); }

}  // namespace vo
