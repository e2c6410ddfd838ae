#pragma once
// Helpers for the OCR module's tests: load fixtures straight with leptonica (independent of
// core/input's decoders) and score recognised text against ground truth.

#include "TestUtil.h"

#include "input/PageImage.h"
#include "ocr/OcrPage.h"

#include <leptonica/allheaders.h>

#include <QByteArray>
#include <QFile>

namespace vo::test {

// A PageImage from a fixture file, resolution from the file (PNG px/cm is converted by
// leptonica), 300 dpi when the file has none. Null pix if missing.
inline PageImage loadPage(const QString& name)
{
    PageImage page;
    const QString path = dataFile(name);
    if (path.isEmpty())
        return page;
    page.pix.reset(pixRead(QFile::encodeName(path).constData()));
    if (!page.pix)
        return page;
    l_int32 xres = 0, yres = 0;
    pixGetResolution(page.pix.get(), &xres, &yres);
    page.dpiX = xres > 0 ? xres : 300;
    page.dpiY = yres > 0 ? yres : 300;
    page.dpiAssumed = xres <= 0;
    return page;
}

// The same image as a PageImage (deep copy), e.g. after a test transformed it.
inline PageImage pageFromPix(PIX* pix, int dpi)
{
    PageImage page;
    page.pix.reset(pixCopy(nullptr, pix));
    page.dpiX = page.dpiY = dpi;
    return page;
}

inline QString groundTruth(const QString& imageName)
{
    const QString base = imageName.left(imageName.lastIndexOf(QLatin1Char('.')));
    return readText(dataFile(base + QStringLiteral(".gt.txt")));
}

}  // namespace vo::test
