#include "input/PageSource.h"

#include "input/ImageFileSource.h"
#include "input/InputMessages.h"
#include "input/MappedFile.h"
#include "input/PdfPageSource.h"

namespace vo {

namespace {

Result<std::unique_ptr<PageSource>> openMapped(Result<MappedFile> file, const InputOptions& options)
{
    if (options.pdfDpi < 36 || options.pdfDpi > 2400)
        return InputMessages::badPdfDpi(options.pdfDpi);
    if (!file)
        return file.error();
    const InputFormat format = sniffInputFormat(file->head(1024));
    switch (format) {
    case InputFormat::Png:
    case InputFormat::Jpeg:
    case InputFormat::Tiff:
        return ImageFileSource::create(std::move(file).value(), format, options.limits);
    case InputFormat::Pdf:
        // Poppler and qpdf read the same mapping (no second open of the path: the bytes that
        // were sniffed are the bytes that are parsed).
        return PdfPageSource::create(std::move(file).value(), options);
    case InputFormat::Unknown:
        break;
    }
    return InputMessages::unsupportedFormat();
}

}  // namespace

Result<std::unique_ptr<PageSource>> PageSource::open(const QString& path, const InputOptions& options)
{
    if (options.pdfDpi < 36 || options.pdfDpi > 2400)
        return InputMessages::badPdfDpi(options.pdfDpi);
    return openMapped(MappedFile::open(path, options.limits.maxFileBytes), options);
}

Result<std::unique_ptr<PageSource>> PageSource::openBytes(QByteArray bytes, const InputOptions& options)
{
    return openMapped(MappedFile::fromBytes(std::move(bytes), options.limits.maxFileBytes), options);
}

}  // namespace vo
