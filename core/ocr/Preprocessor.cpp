#include "ocr/Preprocessor.h"

#include "ocr/OrientationDetector.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>
#include <utility>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("TesseractEngine", s); }

constexpr double kDegToRad = std::numbers::pi / 180.0;
// leptonica's default binarisation threshold for skew search (pixDeskew uses the same).
constexpr int kSkewThreshold = 130;
// pixRotate shears 1 bpp images up to this angle and samples beyond; asking for the type it
// would pick anyway keeps leptonica from printing an "Info" line to stderr.
constexpr double kMaxShearRadians1Bpp = 0.06;

Error outOfMemory() { return makeError(ErrorCode::InputUnreadable, tr("the page image could not be processed")); }

}  // namespace

Preprocessor::Preprocessor(OrientationDetector* orientation, bool deskew)
    : m_orientation(orientation), m_deskew(deskew)
{
}

PixPtr Preprocessor::normalized(PIX* pix)
{
    PixPtr out;
    if (pixGetColormap(pix))
        out.reset(pixRemoveColormap(pix, REMOVE_CMAP_BASED_ON_SRC));
    else
        out.reset(pixCopy(nullptr, pix));
    if (!out)
        return out;
    const int d = pixGetDepth(out.get());
    if (d != 1 && d != 8 && d != 32)
        out.reset(pixConvertTo8(out.get(), 0));
    return out;
}

PixPtr Preprocessor::rotateQuarterTurns(PIX* pix, int clockwiseDegrees)
{
    const int quads = ((clockwiseDegrees / 90) % 4 + 4) % 4;
    return PixPtr(quads == 0 ? pixCopy(nullptr, pix) : pixRotateOrth(pix, quads));
}

SkewEstimate Preprocessor::measureSkew(PIX* pix)
{
    SkewEstimate s;
    PixPtr binary(pixGetDepth(pix) == 1 ? pixClone(pix) : pixConvertTo1(pix, kSkewThreshold));
    if (!binary)
        return s;
    l_float32 angle = 0;
    l_float32 conf = 0;
    if (pixFindSkew(binary.get(), &angle, &conf) != 0)
        return {};
    s.degrees = angle;
    s.confidence = conf;
    return s;
}

PixPtr Preprocessor::rotateSmallAngle(PIX* pix, double clockwiseDegrees)
{
    const double radians = clockwiseDegrees * kDegToRad;
    // Shear moves whole rows and columns without interpolating, so strokes stay sharp; area-map
    // rotation blurred low-resolution grey scans enough to cost accuracy (FUNSD form at 1°:
    // CER 7 % against 2 % unrotated). Beyond the shear limit, area-map (or sampling for 1 bpp).
    int type = pixGetDepth(pix) == 1 ? L_ROTATE_SAMPLING : L_ROTATE_AREA_MAP;
    if (std::abs(radians) <= kMaxShearRadians1Bpp)
        type = L_ROTATE_SHEAR;
    // width = height = 0: no embedding, the output keeps the input's size (corners are clipped,
    // which for a skew of a few degrees only touches the page margin).
    PixPtr out(pixRotate(pix, l_float32(radians), type, L_BRING_IN_WHITE, 0, 0));
    if (out)
        pixCopyResolution(out.get(), pix);
    return out;
}

Result<PreprocessedPage> Preprocessor::run(PIX* source, int dpiX, int dpiY) const
{
    PreprocessedPage page;
    page.pix = normalized(source);
    if (!page.pix)
        return outOfMemory();
    page.dpiX = dpiX;
    page.dpiY = dpiY;
    pixSetResolution(page.pix.get(), dpiX, dpiY);

    if (m_orientation) {
        const int turn = m_orientation->estimate(page.pix.get(), dpiY).correction();
        if (turn != 0) {
            PixPtr rotated = rotateQuarterTurns(page.pix.get(), turn);
            if (!rotated)
                return outOfMemory();
            page.pix = std::move(rotated);
            page.rotationApplied = turn;
            if (turn % 180 != 0)
                std::swap(page.dpiX, page.dpiY);  // a quarter turn swaps the axes
            pixSetResolution(page.pix.get(), page.dpiX, page.dpiY);
        }
    }

    if (m_deskew) {
        const SkewEstimate skew = measureSkew(page.pix.get());
        if (skew.confidence >= kMinSkewConfidence && std::abs(skew.degrees) >= kMinSkewDegrees) {
            PixPtr straight = rotateSmallAngle(page.pix.get(), skew.degrees);
            if (!straight)
                return outOfMemory();
            page.pix = std::move(straight);
            page.deskewDegrees = skew.degrees;
        }
    }
    return page;
}

}  // namespace vo
