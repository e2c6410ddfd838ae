#include "security/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <sodium.h>

namespace vo::ui {
namespace {

QByteArray fingerprint(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(utf8.constData()), size_t(utf8.size()), nullptr, 0);
    return out;
}

}  // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clear);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clear);
}

ClipboardGuard::~ClipboardGuard() { clear(); }

void ClipboardGuard::copy(const QString& text)
{
    if (text.isEmpty())
        return;
    auto* mime = new QMimeData;  // the clipboard takes ownership
    mime->setText(text);
    mime->setData(QString::fromLatin1(kHintFormat), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_fingerprint = fingerprint(text);
    m_timer.start(m_timeoutMs);
    emit copied((m_timeoutMs + 999) / 1000);
}

bool ClipboardGuard::holdsCopy() const
{
    if (m_fingerprint.isEmpty())
        return false;
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->hasText() && fingerprint(mime->text()) == m_fingerprint;
}

void ClipboardGuard::clear()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty())
        return;
    if (holdsCopy())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_fingerprint.clear();
    emit cleared();
}

}  // namespace vo::ui
