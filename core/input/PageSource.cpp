#include "input/PageSource.h"

#include "input/ImageFileSource.h"
#include "input/InputMessages.h"
#include "input/MappedFile.h"
#include "input/PdfPageSource.h"

namespace vo {

Result<std::unique_ptr<PageSource>> PageSource::open(const QString& path, const InputOptions& options)
{
    if (options.pdfDpi < 36 || options.pdfDpi > 2400)
        return InputMessages::badPdfDpi(options.pdfDpi);
    Result<MappedFile> file = MappedFile::open(path, options.limits.maxFileBytes);
    if (!file)
        return file.error();
    const InputFormat format = sniffInputFormat(file->head(1024));
    switch (format) {
    case InputFormat::Png:
    case InputFormat::Jpeg:
    case InputFormat::Tiff:
        return ImageFileSource::create(std::move(file).value(), format, options.limits);
    case InputFormat::Pdf:
        // Poppler reads the file itself; our mapping was only needed to recognise it (and goes
        // away when this returns).
        return PdfPageSource::create(path, options);
    case InputFormat::Unknown:
        break;
    }
    return InputMessages::unsupportedFormat();
}

}  // namespace vo
