#pragma once
// Reads PDFs the way a reviewer's tools do: poppler-utils' pdftotext, pdfinfo, pdfimages.

#include "TestUtil.h"

#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QXmlStreamReader>

#include <vector>

namespace vo::test {

// qpdf --check finds no syntax or stream errors (with the password, for an encrypted file).
inline bool qpdfCheck(const QString& pdf, const QString& password = {})
{
    QStringList args{QStringLiteral("--check")};
    if (!password.isEmpty())
        args << QStringLiteral("--password=") + password;
    const ProcessResult r = run(QStringLiteral("qpdf"), args << pdf);
    return r.exitCode == 0 && r.out.contains("No syntax or stream encoding errors");
}

struct BoxedWord {
    QString text;
    QRectF box;  // points, y down from the top of the page (pdftotext -bbox convention)
};

inline std::vector<BoxedWord> pdfWordsWithBoxes(const QString& pdf)
{
    const ProcessResult r = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    std::vector<BoxedWord> words;
    QXmlStreamReader xml(r.out);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            const double x0 = a.value(QLatin1String("xMin")).toDouble(), y0 = a.value(QLatin1String("yMin")).toDouble();
            const double x1 = a.value(QLatin1String("xMax")).toDouble(), y1 = a.value(QLatin1String("yMax")).toDouble();
            words.push_back({xml.readElementText(), QRectF(QPointF(x0, y0), QPointF(x1, y1))});
        }
    }
    return words;
}

// Word boxes from hOCR, in pixels (y down).
inline std::vector<BoxedWord> hocrWords(const QString& hocr)
{
    static const QRegularExpression re(QStringLiteral(
        "class=['\"]ocrx_word['\"][^>]*title=['\"]bbox (\\d+) (\\d+) (\\d+) (\\d+)[^>]*>(.*?)</span>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    std::vector<BoxedWord> words;
    auto it = re.globalMatch(hocr);
    while (it.hasNext()) {
        const auto m = it.next();
        QString text = m.captured(5);
        text.remove(tags);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">")).replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&#39;"), QStringLiteral("'")).replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        words.push_back({text, QRectF(QPointF(m.captured(1).toInt(), m.captured(2).toInt()),
                                      QPointF(m.captured(3).toInt(), m.captured(4).toInt()))});
    }
    return words;
}

inline double iou(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

struct PdfImageInfo {
    int page, width, height;
    QString encoding;
};

inline std::vector<PdfImageInfo> pdfImages(const QString& pdf)
{
    const ProcessResult r = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    std::vector<PdfImageInfo> out;
    const QList<QByteArray> lines = r.out.split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() >= 10)
            out.push_back({f[0].toInt(), f[3].toInt(), f[4].toInt(), QString::fromLatin1(f[9])});
    }
    return out;
}

inline int pdfPageCount(const QString& pdf)
{
    const ProcessResult r = run(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = re.match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString pdfText(const QString& pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).out);
}

}  // namespace vo::test
