#pragma once
// The app's preferences: non-sensitive values only (languages, DPI, timeouts, window layout).
// Never a document name, a path, text or a recent-files list. Every key is declared here and
// read or written only through this class.
// The getters return what the app uses: the stored preference within the organisation's policy
// (auto-lock raised to its minimum, clipboard time capped, languages limited), so every consumer
// obeys it without knowing about it; the stored value itself is left as the user chose.

#include "pipeline/OcrPipeline.h"
#include "policy/ManagedPolicy.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <memory>

class QSettings;

namespace vo::ui {

class Settings {
public:
    static constexpr QLatin1String kLanguages{"ocr/languages"};
    static constexpr QLatin1String kDpi{"ocr/pdfDpi"};
    static constexpr QLatin1String kJobs{"ocr/jobs"};
    static constexpr QLatin1String kAutoRotate{"ocr/autoRotate"};
    static constexpr QLatin1String kDeskew{"ocr/deskew"};
    static constexpr QLatin1String kAutoLockMinutes{"security/autoLockMinutes"};
    static constexpr QLatin1String kLockOnScreenLock{"security/lockOnScreenLock"};
    static constexpr QLatin1String kClipboardSeconds{"security/clipboardSeconds"};
    static constexpr QLatin1String kDefaultClass{"vault/defaultClass"};
    static constexpr QLatin1String kLowConfidence{"view/lowConfidence"};
    static constexpr QLatin1String kWindowGeometry{"window/geometry"};
    static constexpr QLatin1String kWindowState{"window/state"};

    static constexpr int kDefaultDpi = 300;
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kDefaultClipboardSeconds = 30;
    static constexpr int kDefaultLowConfidence = 70;

    // The user's preferences file (an INI file in the XDG config directory).
    static std::unique_ptr<Settings> openDefault();
    // Tests pass their own store (e.g. an INI file in a QTemporaryDir).
    explicit Settings(std::unique_ptr<QSettings> store);
    ~Settings();

    // The organisation's policy (never null; an empty ManagedPolicy = no policy file).
    void setPolicy(std::shared_ptr<const ManagedPolicy> policy);
    const std::shared_ptr<const ManagedPolicy>& policy() const { return m_policy; }

    QString languages() const;   // "eng+deu"
    void setLanguages(const QString& languages);
    int dpi() const;
    void setDpi(int dpi);
    int jobs() const;            // 0 = one per core
    void setJobs(int jobs);
    bool autoRotate() const;
    void setAutoRotate(bool on);
    bool deskew() const;
    void setDeskew(bool on);
    int autoLockMinutes() const; // 0 = never
    void setAutoLockMinutes(int minutes);
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool on);
    int clipboardSeconds() const;
    void setClipboardSeconds(int seconds);
    int defaultClass() const;    // SensitivityClass as 0 low, 1 moderate, 2 high
    void setDefaultClass(int sensitivity);
    int lowConfidence() const;   // words below this confidence are flagged
    void setLowConfidence(int percent);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // What an import or a re-OCR runs with.
    PipelineOptions pipelineOptions() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_store;
    std::shared_ptr<const ManagedPolicy> m_policy = std::make_shared<const ManagedPolicy>();
};

// QFileDialog (even the non-native one) records the folders it visited in QtProject.conf. This
// points Qt's own native-format settings at a path that cannot exist, so nothing Qt keeps for
// itself ever reaches disk. Our Settings uses an explicit INI file and is not affected.
void disableQtInternalSettings();

}  // namespace vo::ui
