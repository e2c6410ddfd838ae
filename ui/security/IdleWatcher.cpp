#include "security/IdleWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QEvent>

#include <unistd.h>

namespace vo::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            emit idle();
    });
    qApp->installEventFilter(this);
    connectDesktopSignals();
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_running)
        start();
}

void IdleWatcher::start()
{
    m_running = true;
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_running && m_timeoutMs > 0)
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::connectDesktopSignals()
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString& service : {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
            session.connect(QString(), QString(), service, QStringLiteral("ActiveChanged"), this,
                            SLOT(onScreenSaverActiveChanged(bool)));
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    // Find our own logind session, then listen for its Lock signal only.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    call << quint32(::getpid());
    auto* watcher = new QDBusPendingCallWatcher(system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError())
            return;
        QDBusConnection::systemBus().connect(QStringLiteral("org.freedesktop.login1"), reply.value().path(),
                                             QStringLiteral("org.freedesktop.login1.Session"),
                                             QStringLiteral("Lock"), this, SLOT(onSessionLock()));
    });
}

void IdleWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active && m_running && m_watchScreenLock)
        emit screenLocked();
}

void IdleWatcher::onSessionLock()
{
    if (m_running && m_watchScreenLock)
        emit screenLocked();
}

}  // namespace vo::ui
