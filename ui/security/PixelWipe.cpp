#include "security/PixelWipe.h"

#include <sodium.h>

namespace vo::ui {

void wipePixels(const QImage& image)
{
    if (image.isNull())
        return;
    // Through the const pointer on purpose: bits() would detach and zero a private copy.
    sodium_memzero(const_cast<uchar*>(image.constBits()), size_t(image.sizeInBytes()));
}

void wipePixels(const QPixmap& pixmap)
{
    if (!pixmap.isNull())
        wipePixels(pixmap.toImage());
}

}  // namespace vo::ui
