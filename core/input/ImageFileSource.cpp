#include "input/ImageFileSource.h"

#include "input/ImageNormalize.h"
#include "input/InputMessages.h"
#include "input/JpegInfo.h"
#include "input/PngChunks.h"

#include <cstdio>

namespace vo {

namespace {

struct FileCloser {
    void operator()(FILE* f) const { fclose(f); }
};

// Walks the TIFF directory chain (tags only, no pixel data). fmemopen reads the mapping in
// place; "r" never writes to it. -1 when the file is not a readable TIFF.
int tiffPageCount(const uchar* data, size_t size)
{
    std::unique_ptr<FILE, FileCloser> fp(fmemopen(const_cast<uchar*>(data), size, "r"));
    if (!fp)
        return -1;
    l_int32 count = 0;
    if (tiffGetCount(fp.get(), &count) != 0)
        return -1;
    return count;
}

}  // namespace

ImageFileSource::ImageFileSource(MappedFile file, InputFormat format, const InputLimits& limits, int pageCount)
    : m_file(std::move(file)), m_format(format), m_limits(limits), m_pageCount(pageCount)
{
}

Result<std::unique_ptr<PageSource>> ImageFileSource::create(MappedFile file, InputFormat format,
                                                            const InputLimits& limits)
{
    int pages = 1;
    if (format == InputFormat::Tiff) {
        pages = tiffPageCount(file.data(), file.size());
        if (pages < 1)
            return InputMessages::tiffDamaged();
        if (pages > limits.maxPages)
            return InputMessages::tooManyPages(pages, limits.maxPages);
    }
    return std::unique_ptr<PageSource>(new ImageFileSource(std::move(file), format, limits, pages));
}

Result<void> ImageFileSource::checkHeader(int index) const
{
    l_int32 w = 0;
    l_int32 h = 0;
    l_int32 bps = 0;
    l_int32 spp = 0;
    l_int32 cmap = 0;
    l_int32 fileFormat = 0;
    bool ok = false;
    if (m_format == InputFormat::Tiff) {
        l_int32 res = 0;
        ok = readHeaderMemTiff(m_file.data(), m_file.size(), index, &w, &h, &bps, &spp, &res, &cmap,
                               &fileFormat) == 0;
    } else {
        ok = (m_format != InputFormat::Png || pngChunksInsideFile(m_file.data(), m_file.size()))
             && pixReadHeaderMem(m_file.data(), m_file.size(), &fileFormat, &w, &h, &bps, &spp, &cmap) == 0;
    }
    if (!ok || w <= 0 || h <= 0)
        return InputMessages::imageDamaged(index);
    if (qint64(w) * qint64(h) > m_limits.maxPixelsPerPage)
        return InputMessages::tooManyPixels(index, w, h, m_limits.maxPixelsPerPage);
    return {};
}

PixPtr ImageFileSource::decode(int index) const
{
    switch (m_format) {
    case InputFormat::Png: return PixPtr(pixReadMemPng(m_file.data(), m_file.size()));
    case InputFormat::Jpeg: return PixPtr(pixReadMemJpeg(m_file.data(), m_file.size(), 0, 1, nullptr, 0));
    case InputFormat::Tiff: return PixPtr(pixReadMemTiff(m_file.data(), m_file.size(), index));
    case InputFormat::Pdf:
    case InputFormat::Unknown: break;
    }
    return {};
}

// A deep copy on purpose: a PageImage may outlive this source (and its mapping) in the pipeline.
QByteArray ImageFileSource::jpegPassthrough() const
{
    if (m_format != InputFormat::Jpeg || !isPlainDctJpeg(m_file.data(), m_file.size()))
        return {};
    return QByteArray(reinterpret_cast<const char*>(m_file.data()), qsizetype(m_file.size()));
}

Result<PageImage> ImageFileSource::page(int index, const CancelToken& cancel) const
{
    if (index < 0 || index >= m_pageCount)
        return InputMessages::pageOutOfRange(index, m_pageCount);
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    // The header's claim is checked before a single pixel is allocated (decompression bombs).
    if (auto header = checkHeader(index); !header)
        return header.error();

    PageImage page;
    page.pix = normalizeDepth(decode(index));
    if (!page.pix)
        return InputMessages::imageDamaged(index);
    if (qint64(pixGetWidth(page.pix.get())) * pixGetHeight(page.pix.get()) > m_limits.maxPixelsPerPage) {
        // Defensive: should a decoder ever disagree with its own header, the limit still holds.
        return InputMessages::tooManyPixels(index, pixGetWidth(page.pix.get()), pixGetHeight(page.pix.get()),
                                            m_limits.maxPixelsPerPage);
    }
    applyResolution(page);
    page.jpegPassthrough = jpegPassthrough();
    return page;
}

}  // namespace vo
