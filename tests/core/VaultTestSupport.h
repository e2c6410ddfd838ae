#pragma once
// Shared by the vault's core tests: a fake OCR engine (the vault logic under test is not OCR; the
// CLI tests use real tesseract), fixture files and byte-level tampering.

#include "TestUtil.h"
#include "crypto/KeychainStore.h"
#include "ocr/OcrEngine.h"
#include "vault/Vault.h"
#include "vault/VaultHeader.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
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

// The keychain vault tests' base: vaults in a temporary folder whose master keys go to a
// throw-away service of the session keyring. removeKeychainEntries() (from cleanupTestCase)
// leaves no entry behind. Needs the D-Bus session of tests/run.sh.
class KeychainVaultFixture {
protected:
    QTemporaryDir m_tmp;
    std::shared_ptr<KeychainStore> m_keychain = std::make_shared<KeychainStore>(
        QStringLiteral("VaultOCR-test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16));
    int m_counter = 0;

    QString newRoot() { return m_tmp.filePath(QStringLiteral("vault%1").arg(++m_counter)); }

    std::unique_ptr<Vault> createVault(const QString& root)
    {
        VaultCreateOptions o;
        o.keychain = m_keychain;
        auto c = Vault::create(root, std::move(o));
        if (!c.ok())
            qWarning("%s", qPrintable(c.error().message));
        return c.ok() ? std::move(c.value().vault) : nullptr;
    }

    // The options' keychain is filled in.
    Result<std::unique_ptr<Vault>> openVault(const QString& root, VaultOpenOptions o = {})
    {
        o.keychain = m_keychain;
        return Vault::open(root, std::move(o));
    }
    Result<std::unique_ptr<Vault>> openVault(const QString& root, VaultAccess access)
    {
        VaultOpenOptions o;
        o.access = access;
        return openVault(root, std::move(o));
    }

    void removeKeychainEntries()
    {
        for (const QString& n : QDir(m_tmp.path()).entryList({QStringLiteral("vault*")}, QDir::Dirs)) {
            auto h = VaultHeader::read(m_tmp.filePath(n) + QStringLiteral("/vault.header"));
            if (h.ok())
                (void)m_keychain->remove(h->account());
        }
    }
};

}  // namespace vo::test
