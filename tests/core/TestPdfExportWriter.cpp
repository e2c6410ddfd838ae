// The export writer the vault and the GUI use: plain, PDF/A and AES-256 outputs of image pages,
// checked with qpdf and poppler-utils.
#include "pdf/PdfExportWriter.h"

#include "TestPdfSupport.h"
#include "crypto/SecureBuffer.h"
#include "input/PageImage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace vo;
using namespace vo::test;

class TestPdfExportWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RenderedPage m_page;
    PdfImage m_image;

    QString write(const QString& name, const PdfExportOptions& options)
    {
        const QString path = m_dir.filePath(name);
        auto w = PdfExportWriter::create(path, options);
        if (!w)
            qFatal("create: %s", qPrintable(w.error().message));
        if (!(*w)->addPage(m_image, m_page.page) || !(*w)->addPage(m_image, m_page.page) || !(*w)->finish())
            qFatal("writing failed");
        return path;
    }
    static std::shared_ptr<const SecureBuffer> password(const char* text)
    {
        return std::make_shared<SecureBuffer>(SecureBuffer::copyOf(text, std::strlen(text)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_page = renderWords({{{QStringLiteral("Export"), QStringLiteral("options")}, {QStringLiteral("for"), QStringLiteral("reviewers")}}},
                             QSize(1200, 600), 300, 60);
        const PixPtr pix = pixFromImage(m_page.image, 8, 300);
        auto encoded = encodeForPdf(pix.get(), PageImage{}, false);
        QVERIFY(encoded);
        m_image = encoded.value();
    }

    void plain()
    {
        const QString pdf = write(QStringLiteral("plain.pdf"), {});
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
        QCOMPARE(rawTextPages(pdf), (QStringList{expectedText({{{QStringLiteral("Export"), QStringLiteral("options")}, {QStringLiteral("for"), QStringLiteral("reviewers")}}}),
                                                 expectedText({{{QStringLiteral("Export"), QStringLiteral("options")}, {QStringLiteral("for"), QStringLiteral("reviewers")}}})}));
        QVERIFY(!readBytes(pdf).contains("/Encrypt"));
    }

    void encrypted()
    {
        PdfExportOptions o;
        o.encryptPassword = password("correct horse");
        const QString pdf = write(QStringLiteral("enc.pdf"), o);
        QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode != 0);
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--password=correct horse"), QStringLiteral("--check"), pdf}).exitCode, 0);
        const ProcessResult enc = run(QStringLiteral("qpdf"), {QStringLiteral("--password=correct horse"), QStringLiteral("--show-encryption"), pdf});
        QVERIFY2(enc.out.contains("R = 6") && enc.out.contains("AESv3"), enc.out.constData());
        const ProcessResult text = run(QStringLiteral("pdftotext"), {QStringLiteral("-upw"), QStringLiteral("correct horse"), QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(text.out.contains("reviewers"));
        QVERIFY(!readBytes(pdf).contains("reviewers"));
    }

    void pdfa()
    {
        PdfExportOptions o;
        o.pdfa = true;
        const QString pdf = write(QStringLiteral("a.pdf"), o);
        const QByteArray bytes = readBytes(pdf);
        QVERIFY(bytes.contains("<pdfaid:part>2</pdfaid:part>"));  // metadata is never compressed
        // The catalog sits in an object stream: read it through qpdf.
        const QByteArray plain = run(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"),
                                                              pdf, QStringLiteral("-")}).out;
        QVERIFY(plain.contains("/GTS_PDFA1"));
        QVERIFY(plain.contains("/DestOutputProfile"));
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
    }

    void refusedAndAbandoned()
    {
        PdfExportOptions o;
        o.pdfa = true;
        o.encryptPassword = password("x");
        auto w = PdfExportWriter::create(m_dir.filePath(QStringLiteral("never.pdf")), o);
        QVERIFY(!w);
        QCOMPARE(w.error().code, ErrorCode::Usage);
        o.pdfa = false;
        {
            auto abandoned = PdfExportWriter::create(m_dir.filePath(QStringLiteral("abandoned.pdf")), o);
            QVERIFY(abandoned);
            QVERIFY((*abandoned)->addPage(m_image, m_page.page));
        }  // no finish()
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("abandoned.pdf"))));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("abandoned")), QStringList());
    }
};

QTEST_MAIN(TestPdfExportWriter)
#include "TestPdfExportWriter.moc"
