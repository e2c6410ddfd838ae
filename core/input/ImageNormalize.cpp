#include "input/ImageNormalize.h"

namespace vo {

namespace {

bool plausible(l_int32 dpi) { return dpi >= kMinPlausibleDpi && dpi <= kMaxPlausibleDpi; }

PixPtr toSupportedDepth(PixPtr pix)
{
    if (!pix)
        return pix;
    if (pixGetColormap(pix.get())) {
        // Black/white maps come back as 1 bpp, grey maps as 8, colour maps as 32.
        pix.reset(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
        if (!pix)
            return pix;
    }
    switch (pixGetDepth(pix.get())) {
    case 1:
    case 8:
        return pix;
    case 2:
    case 4:
        return PixPtr(pixConvertTo8(pix.get(), 0));
    case 16:
        return PixPtr(pixConvert16To8(pix.get(), L_MS_BYTE));
    case 24:
        return toSupportedDepth(PixPtr(pixConvertTo32(pix.get())));
    case 32:
        if (pixGetSpp(pix.get()) == 4) {
            // Transparent areas become paper, not black.
            pix.reset(pixAlphaBlendUniform(pix.get(), 0xffffff00));
            if (!pix)
                return pix;
        }
        pixSetSpp(pix.get(), 3);
        return pix;
    default:
        return {};
    }
}

}  // namespace

PixPtr normalizeDepth(PixPtr pix)
{
    if (!pix)
        return pix;
    // Not every leptonica conversion carries the resolution over; the file's value must survive.
    l_int32 xres = 0;
    l_int32 yres = 0;
    pixGetResolution(pix.get(), &xres, &yres);
    PixPtr out = toSupportedDepth(std::move(pix));
    if (out)
        pixSetResolution(out.get(), xres, yres);
    return out;
}

void applyResolution(PageImage& page)
{
    l_int32 xres = 0;
    l_int32 yres = 0;
    pixGetResolution(page.pix.get(), &xres, &yres);
    const bool xOk = plausible(xres);
    const bool yOk = plausible(yres);
    page.dpiAssumed = !xOk && !yOk;
    if (page.dpiAssumed) {
        xres = yres = kAssumedDpi;
    } else if (!xOk) {
        xres = yres;  // one axis declared: square pixels are the only sane reading
    } else if (!yOk) {
        yres = xres;
    }
    pixSetResolution(page.pix.get(), xres, yres);
    page.dpiX = xres;
    page.dpiY = yres;
}

}  // namespace vo
