#pragma once
// Auto-lock triggers: no keyboard or mouse input for N minutes, and the desktop's screen lock
// (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged on the session bus, logind's
// Session.Lock on the system bus), where those services exist. D-Bus runs over AF_UNIX sockets,
// which the network guard allows.

#include <QObject>
#include <QTimer>

namespace vo::ui {

class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    // 0 = never.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    void setWatchScreenLock(bool on) { m_watchScreenLock = on; }
    // Starts counting (after unlock); stop() while locked.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();
    void screenLocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private slots:
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();

private:
    void connectDesktopSignals();

    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_running = false;
    bool m_watchScreenLock = true;
};

}  // namespace vo::ui
