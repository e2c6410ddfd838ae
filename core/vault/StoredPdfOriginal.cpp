#include "vault/StoredPdfOriginal.h"

#include "input/InputFormat.h"
#include "input/InputMessages.h"
#include "input/PdfPagePlan.h"
#include "input/QpdfFile.h"
#include "pdf/PdfAPreflight.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace vo {

StoredPdfOriginal::StoredPdfOriginal(qint64 expectedBytes)
{
    m_bytes.reserve(qsizetype(std::clamp<qint64>(expectedBytes, 0, qint64(1) << 31)));
}

StoredPdfOriginal::~StoredPdfOriginal() { wipe(); }

bool StoredPdfOriginal::looksLikePdf(const QByteArray& head)
{
    return sniffInputFormat(QByteArray::fromRawData(head.constData(), std::min<qsizetype>(head.size(), 1024)))
        == InputFormat::Pdf;
}

void StoredPdfOriginal::append(const QByteArray& chunk)
{
    if (m_bytes.size() + chunk.size() > m_bytes.capacity()) {
        // Larger than announced: moved into a bigger buffer by hand, the old one zeroed, so no
        // reallocation leaves a copy of the original behind in freed memory.
        QByteArray grown;
        grown.reserve(std::max(m_bytes.size() + chunk.size(), 2 * m_bytes.capacity()));
        grown.append(m_bytes.constData(), m_bytes.size());  // a copy, never a share
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
        m_bytes = std::move(grown);
    }
    m_bytes.append(chunk.constData(), chunk.size());  // copied in: m_bytes stays unshared
}

bool StoredPdfOriginal::open(int pages, bool pdfa)
{
    auto opened = openQpdf(reinterpret_cast<const uchar*>(m_bytes.constData()), size_t(m_bytes.size()), nullptr);
    if (!opened)
        return false;
    try {
        std::vector<QPDFPageObjectHelper> all = QPDFPageDocumentHelper(*opened.value()).getAllPages();
        if (all.size() != size_t(pages))
            return false;
        // The export adds only what passes PDF/A (XMP, output intent, an embedded font); what
        // the original holds is checked now, while the image pages are still an option.
        if (pdfa && pdfaBlocker(*opened.value()))
            return false;
        m_pages = std::move(all);
    } catch (const std::exception&) {
        return false;
    }
    m_qpdf = std::move(opened).value();
    return true;
}

Result<PdfPageInfo> StoredPdfOriginal::pageInfo(int index, const OcrPage& page) const
{
    if (!m_qpdf || index < 0 || size_t(index) >= m_pages.size())
        return InputMessages::pdfPageUnreadable(index);
    try {
        return planPdfPage(m_pages[size_t(index)], page.dpiX > 0 ? page.dpiX : 300, page.dpiY > 0 ? page.dpiY : 300,
                           PdfTextMode::Skip);
    } catch (const std::exception& e) {
        return qpdfInputError(e, false);
    }
}

void StoredPdfOriginal::wipe()
{
    m_pages.clear();
    m_qpdf.reset();
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

}  // namespace vo
