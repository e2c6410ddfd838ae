#pragma once
// Preferences: OCR (languages from the installed packs, with the package to install for a
// missing one; DPI; parallel jobs; orientation and deskew), security (auto-lock, clipboard) and
// the vault's retention per class. Reads from and writes to Settings; the retention goes to the
// vault (it is stored encrypted there) through retention()/setRetention().

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace vo::ui {

class Settings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const Settings& settings, QWidget* parent = nullptr);

    // Retention per class in seconds; enabled only while a vault is open.
    void setRetention(const std::array<qint64, 3>& seconds, bool editable);
    std::array<qint64, 3> retention() const;
    bool retentionChanged() const;

    // Writes the dialog's values into `settings`.
    void apply(Settings& settings) const;

    // For tests.
    QListWidget* languageList() const { return m_languages; }
    QSpinBox* clipboardSeconds() const { return m_clipboard; }
    QSpinBox* autoLockMinutes() const { return m_autoLock; }
    QSpinBox* lowConfidence() const { return m_lowConfidence; }
    QSpinBox* retentionDays(int sensitivity) const { return m_retentionDays[size_t(sensitivity)]; }

    // "Spanish (spa): sudo apt install tesseract-ocr-spa" for common languages not installed.
    static QStringList missingLanguageHints(const QStringList& installed);
    // "Deutsch" for deu: the language's own name, or the code.
    static QString languageName(const QString& code);

private:
    QWidget* buildOcrPage(const Settings& settings);
    QWidget* buildSecurityPage(const Settings& settings);
    QWidget* buildVaultPage(const Settings& settings);
    QString selectedLanguages() const;

    QListWidget* m_languages = nullptr;
    QSpinBox* m_dpi = nullptr;
    QSpinBox* m_jobs = nullptr;
    QCheckBox* m_rotate = nullptr;
    QCheckBox* m_deskew = nullptr;
    QSpinBox* m_lowConfidence = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QCheckBox* m_screenLock = nullptr;
    QSpinBox* m_clipboard = nullptr;
    QComboBox* m_defaultClass = nullptr;
    std::array<QSpinBox*, 3> m_retentionDays{};
    std::array<qint64, 3> m_initialRetention{};
    QLabel* m_retentionNote = nullptr;
};

}  // namespace vo::ui
