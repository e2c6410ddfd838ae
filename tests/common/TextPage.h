#pragma once
// Pages for the canary tests: a rendered text page that real tesseract reads exactly, and random
// marker words it reads reliably. Header-only (needs QtGui, which test_common does not link).

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace vo::test {

// A white page with black DejaVu Sans text, 300 DPI, large enough for tesseract to read exactly.
inline bool renderTextPage(const QString& path, const QStringList& lines)
{
    QImage img(1700, 260 + 120 * int(lines.size()), QImage::Format_Grayscale8);
    img.fill(Qt::white);
    img.setDotsPerMeterX(11811);
    img.setDotsPerMeterY(11811);
    QPainter p(&img);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(64);
    p.setFont(f);
    p.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(120, 200 + 120 * i, lines[i]);
    p.end();
    return img.save(path, "PNG");
}

// Pronounceable syllables: tesseract's LSTM reads them reliably, and 5 random syllables are unique.
inline QString randomSyllables(int n)
{
    static const char kConsonants[] = "bdfgkmnprstvz";
    static const char kVowels[] = "aeiou";
    QString s;
    for (int i = 0; i < n; ++i) {
        s += QLatin1Char(kConsonants[QRandomGenerator::global()->bounded(int(sizeof kConsonants - 1))]);
        s += QLatin1Char(kVowels[QRandomGenerator::global()->bounded(int(sizeof kVowels - 1))]);
    }
    return s;
}

}  // namespace vo::test
