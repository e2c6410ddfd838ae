#pragma once
// Zeroes decrypted page pixels in place before they are released (lock, close, delete), the image
// counterpart of util/PlaintextWipe.h, with the same rule: every shallow copy sees the zeros, so
// only what is about to be dropped is wiped, and whatever another thread still needs is handed
// over as a deep copy (ExportSnapshot, VaultDocuments::saveCorrections).
//
// Every page image and thumbnail the GUI holds owns its buffer (decoded, converted or scaled by
// Qt), never wraps read-only memory, so writing through constBits() is safe.

#include <QImage>
#include <QPixmap>

namespace vo::ui {

void wipePixels(const QImage& image);
// A raster pixmap (every platform plugin Qt 6 widgets use) hands out its own buffer as a shallow
// QImage, which is what is zeroed.
void wipePixels(const QPixmap& pixmap);

}  // namespace vo::ui
