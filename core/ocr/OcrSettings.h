#pragma once

#include <QString>

namespace vo {

struct OcrSettings {
    QString languages = QStringLiteral("eng");  // tesseract syntax: "eng+deu"
    bool autoRotate = true;   // tesseract OSD, 0/90/180/270
    bool deskew = true;       // leptonica skew detection and rotation
    int pageTimeoutMs = 0;    // per-page recognition time-out; 0 = none
};

}  // namespace vo
