#pragma once
// Can a PDF input become PDF/A-2b by adding what VaultOCR adds (XMP, an sRGB output intent, a
// text layer in an embedded font) without converting its content? Converting (re-rendering
// fonts, re-encoding images) is what the user did not ask for; declaring PDF/A on a file that
// is not would be worse. So the input is checked for what PDF/A-2 forbids and the first problem
// found is named. The check covers every object the written file will contain and is
// conservative (e.g. any such font without an embedded program counts, even one only listed in
// a resource dictionary or used for invisible text).

#include <QString>

#include <optional>

class QPDF;

namespace vo {

// A one-line reason the document cannot be declared PDF/A-2b, or nullopt. May throw.
std::optional<QString> pdfaBlocker(QPDF& pdf);

}  // namespace vo
