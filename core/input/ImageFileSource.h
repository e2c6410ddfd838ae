#pragma once
// PNG, JPEG and (multi-page) TIFF files, decoded by leptonica straight from the read-only mapping.

#include "input/MappedFile.h"
#include "input/PageSource.h"

namespace vo {

class ImageFileSource final : public PageSource {
public:
    static Result<std::unique_ptr<PageSource>> create(MappedFile file, InputFormat format, const InputLimits& limits);

    InputFormat format() const override { return m_format; }
    int pageCount() const override { return m_pageCount; }
    Result<PageImage> page(int index, const CancelToken& cancel) const override;

private:
    ImageFileSource(MappedFile file, InputFormat format, const InputLimits& limits, int pageCount);

    Result<void> checkHeader(int index) const;
    PixPtr decode(int index) const;
    QByteArray jpegPassthrough() const;

    MappedFile m_file;  // read-only and never modified, so page() needs no lock
    InputFormat m_format;
    InputLimits m_limits;
    int m_pageCount;
};

}  // namespace vo
