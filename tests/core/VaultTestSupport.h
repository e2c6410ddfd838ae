#pragma once
// Shared by the vault's core tests: a fake OCR engine (the vault logic under test is not OCR; the
// CLI tests use real tesseract), fixture files and byte-level tampering.

#include "TestUtil.h"
#include "ocr/OcrEngine.h"
#include "vault/Vault.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>

namespace vo::test {

// Recognises every page as one word: the text given, so a test knows exactly what to expect.
class FakeOcrEngine : public OcrEngine {
public:
    explicit FakeOcrEngine(QString word) : m_word(std::move(word)) {}
    Result<RecognizedPage> recognize(const PageImage& image, const PageProgressFn&, const CancelToken& cancel) override
    {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        RecognizedPage r;
        const int w = int(pixGetWidth(image.pix.get()));
        const int h = int(pixGetHeight(image.pix.get()));
        r.page.imageSize = QSize(w, h);
        r.page.languages = QStringLiteral("eng");
        OcrWord word{m_word, QRect(10, 20, 100, 30), QLineF(10, 45, 110, 45), 91.5f};
        OcrLine line{QRect(10, 20, 100, 30), QLineF(10, 45, 110, 45), {word}};
        r.page.blocks.push_back(OcrBlock{QRect(10, 20, 100, 30), {line}});
        r.cleaned = PixPtr(pixClone(image.pix.get()));
        return r;
    }

private:
    QString m_word;
};

inline OcrEngineFactory fakeOcr(const QString& word)
{
    return [word]() -> Result<std::unique_ptr<OcrEngine>> { return std::unique_ptr<OcrEngine>(new FakeOcrEngine(word)); };
}

// A PNG of random noise (so it does not compress): roughly width*height*3 bytes.
inline QString writeNoisePng(const QString& path, int width, int height, quint32 seed)
{
    QImage img(width, height, QImage::Format_RGB888);
    QRandomGenerator rng(seed);
    for (int y = 0; y < height; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < width * 3; ++x)
            line[x] = uchar(rng.generate() & 0xff);
    }
    img.setDotsPerMeterX(11811);
    img.setDotsPerMeterY(11811);
    img.save(path, "PNG");
    return path;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool flipByte(const QString& path, qint64 offset)
{
    QByteArray b = fileBytes(path);
    if (offset < 0)
        offset += b.size();
    if (offset < 0 || offset >= b.size())
        return false;
    b[offset] = char(b[offset] ^ 0x5a);
    return writeBytes(path, b);
}

inline QStringList blobFiles(const QString& vaultRoot)
{
    return QDir(vaultRoot + QStringLiteral("/blobs")).entryList(QDir::Files | QDir::Hidden);
}

}  // namespace vo::test
