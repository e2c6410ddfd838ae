#include "vault/OriginalPageRenderer.h"

#include "app/ThreadProbe.h"
#include "input/ImageNormalize.h"
#include "input/Pix.h"
#include "ocr/Preprocessor.h"

#include <poppler-qt6.h>

#include <memory>

namespace vo::ui {
namespace {

bool isPdf(const QByteArray& bytes) { return bytes.startsWith("%PDF"); }
bool isTiff(const QByteArray& bytes) { return bytes.startsWith("II*") || bytes.startsWith("MM\0*"); }

PixPtr decodeImagePage(const QByteArray& bytes, int index)
{
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.constData());
    if (isTiff(bytes))
        return PixPtr(pixReadMemTiff(data, size_t(bytes.size()), index));
    return index == 0 ? PixPtr(pixReadMem(data, size_t(bytes.size()))) : PixPtr();
}

PixPtr renderPdfPage(Poppler::Document& doc, int index, int dpi)
{
    const std::unique_ptr<Poppler::Page> page = doc.page(index);
    if (!page)
        return {};
    const QImage image = page->renderToImage(dpi, dpi);
    return image.isNull() ? PixPtr() : pixFromQImage(image, dpi, dpi);
}

// The cleaned image as the OCR saw it: upright, then straightened.
QImage cleaned(PixPtr source, const OcrPage& page)
{
    PixPtr pix = normalizeDepth(std::move(source));
    if (!pix)
        return {};
    if (page.rotationApplied != 0)
        pix = Preprocessor::rotateQuarterTurns(pix.get(), page.rotationApplied);
    if (pix && page.deskewDegrees != 0)
        pix = Preprocessor::rotateSmallAngle(pix.get(), page.deskewDegrees);
    QImage image = pix ? qimageFromPix(pix.get()) : QImage();
    if (!image.isNull() && image.size() != page.imageSize && page.imageSize.isValid())
        image = image.scaled(page.imageSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}

}  // namespace

Result<std::vector<QImage>> OriginalPageRenderer::render(const QByteArray& original, const std::vector<OcrPage>& pages)
{
    probe::record(QStringLiteral("render"));
    std::unique_ptr<Poppler::Document> pdf;
    if (isPdf(original)) {
        pdf = Poppler::Document::loadFromData(original);
        if (!pdf || pdf->isLocked())
            return makeError(ErrorCode::InputUnreadable, tr("the original document could not be opened for display"));
        pdf->setRenderHint(Poppler::Document::Antialiasing, true);
        pdf->setRenderHint(Poppler::Document::TextAntialiasing, true);
    }
    std::vector<QImage> images;
    images.reserve(pages.size());
    for (int i = 0; i < int(pages.size()); ++i) {
        const OcrPage& page = pages[size_t(i)];
        // A quarter turn swapped the resolutions; the source page had them the other way round.
        const int dpi = (page.rotationApplied % 180 == 0) ? page.dpiX : page.dpiY;
        PixPtr source = pdf ? renderPdfPage(*pdf, i, dpi > 0 ? dpi : 300) : decodeImagePage(original, i);
        if (!source)
            return makeError(ErrorCode::InputUnreadable, tr("page %1 of the original could not be shown").arg(i + 1));
        images.push_back(cleaned(std::move(source), page));
    }
    return images;
}

}  // namespace vo::ui
