#pragma once
// hOCR 1.2 (XHTML) from OcrPage values, in pieces so a document of any length can be streamed:
// begin() once, page() per page, end() once. The output names no file and no image path.

#include "ocr/OcrPage.h"

#include <QByteArray>

namespace vo {

class HocrWriter {
public:
    // XML declaration, doctype, <head> with ocr-system and ocr-capabilities, opening <body>.
    static QByteArray begin();
    // One ocr_page with ocr_carea / ocr_line / ocrx_word. pageNo counts from 1 (ids page_1, …);
    // the ppageno property counts from 0 as tesseract's hOCR does.
    static QByteArray page(const OcrPage& page, int pageNo);
    static QByteArray end();

    // Text made safe for XML character data and attribute values (escapes &<>"', drops
    // characters XML 1.0 does not allow).
    static QString escape(const QString& text);
};

}  // namespace vo
