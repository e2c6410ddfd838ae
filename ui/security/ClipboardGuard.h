#pragma once
// Copying document text: the copy carries the x-kde-passwordManagerHint: secret MIME hint so
// clipboard managers (Klipper, GPaste, …) do not keep it in their history, and it is cleared
// after a timeout, on lock and at quit — but only if the clipboard still holds our copy, so a
// newer copy the user made elsewhere is left alone.

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace vo::ui {

class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kHintFormat = "x-kde-passwordManagerHint";

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;  // clears

    void setTimeoutSeconds(int seconds) { m_timeoutMs = seconds * 1000; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }  // tests
    int timeoutMs() const { return m_timeoutMs; }

    void copy(const QString& text);
    bool holdsCopy() const;

public slots:
    void clear();

signals:
    void copied(int seconds);
    void cleared();

private:
    QTimer m_timer;
    int m_timeoutMs = 30'000;
    QByteArray m_fingerprint;  // BLAKE2b of our copy: recognises it without keeping the text
};

}  // namespace vo::ui
