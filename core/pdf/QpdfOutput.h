#pragma once
// The end of QPDFWriter's pipeline: our AtomicFile (an unnamed inode until commit). Buffered in
// large chunks; the first write error stops the writer (an exception qpdf passes through) and is
// kept for the caller.

#include "util/AtomicFile.h"
#include "util/Result.h"

#include <qpdf/Pipeline.hh>

#include <QByteArray>

namespace vo {

class QpdfOutput : public Pipeline {
public:
    explicit QpdfOutput(AtomicFile& file);
    void write(unsigned char const* data, size_t len) override;
    void finish() override;
    const Result<void>& status() const { return m_status; }

private:
    void flush();
    AtomicFile& m_file;
    QByteArray m_buffer;
    Result<void> m_status;
};

}  // namespace vo
