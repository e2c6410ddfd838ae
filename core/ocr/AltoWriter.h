#pragma once
// ALTO 4 XML (schema 4.2) from OcrPage values, streamed like HocrWriter: begin() once, page()
// per page, end() once. Positions are in pixels of the image the boxes refer to; word
// confidences are ALTO's 0..1. The output names no file, image path or date.

#include "ocr/OcrPage.h"

#include <QByteArray>

namespace vo {

class AltoWriter {
public:
    // XML declaration, <alto> with the v4 namespace, <Description> (pixel unit, the software).
    static QByteArray begin();
    // <Page> with its <PrintSpace>, <TextBlock>, <TextLine>, <String> and <SP> elements.
    // pageNo counts from 1; it makes the element IDs unique in the document (p1_b1_l2_w3 …).
    static QByteArray page(const OcrPage& page, int pageNo);
    static QByteArray end();
};

}  // namespace vo
