#include "pdf/QpdfOutput.h"

#include <stdexcept>

namespace vo {
namespace {

constexpr qsizetype kChunk = 1 << 20;

}  // namespace

QpdfOutput::QpdfOutput(AtomicFile& file) : Pipeline("output", nullptr), m_file(file) {}

void QpdfOutput::write(unsigned char const* data, size_t len)
{
    m_buffer.append(reinterpret_cast<const char*>(data), qsizetype(len));
    if (m_buffer.size() >= kChunk)
        flush();
}

void QpdfOutput::finish() { flush(); }

void QpdfOutput::flush()
{
    if (m_status.ok() && !m_buffer.isEmpty())
        m_status = m_file.write(m_buffer);
    m_buffer.clear();
    if (!m_status.ok())
        throw std::runtime_error("output not writable");  // the message is ours: m_status
}

}  // namespace vo
