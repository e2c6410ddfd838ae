#include "app/Settings.h"

#include "ocr/LanguageCatalog.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace vo::ui {
namespace {

QString defaultLanguages()
{
    const QStringList installed = LanguageCatalog::installed();
    if (installed.contains(QStringLiteral("eng")) || installed.isEmpty())
        return QStringLiteral("eng");
    return installed.first();
}

}  // namespace

std::unique_ptr<Settings> Settings::openDefault()
{
    // Not "VaultOCR.conf" in the config root: that name belongs to QtKeychain's plaintext
    // fallback, which must never exist, and tests look for it.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                        + QStringLiteral("/VaultOCR");
    return std::make_unique<Settings>(
        std::make_unique<QSettings>(dir + QStringLiteral("/preferences.ini"), QSettings::IniFormat));
}

Settings::Settings(std::unique_ptr<QSettings> store) : m_store(std::move(store)) {}
Settings::~Settings() = default;

void Settings::setPolicy(std::shared_ptr<const ManagedPolicy> policy)
{
    m_policy = policy ? std::move(policy) : std::make_shared<const ManagedPolicy>();
}

QString Settings::languages() const
{
    const QString value = m_store->value(kLanguages).toString();
    return m_policy->effectiveLanguages(value.isEmpty() ? defaultLanguages() : value);
}
void Settings::setLanguages(const QString& languages) { m_store->setValue(kLanguages, languages); }

int Settings::dpi() const { return std::clamp(m_store->value(kDpi, kDefaultDpi).toInt(), 72, 1200); }
void Settings::setDpi(int dpi) { m_store->setValue(kDpi, dpi); }

int Settings::jobs() const { return std::clamp(m_store->value(kJobs, 0).toInt(), 0, 64); }
void Settings::setJobs(int jobs) { m_store->setValue(kJobs, jobs); }

bool Settings::autoRotate() const { return m_store->value(kAutoRotate, true).toBool(); }
void Settings::setAutoRotate(bool on) { m_store->setValue(kAutoRotate, on); }

bool Settings::deskew() const { return m_store->value(kDeskew, true).toBool(); }
void Settings::setDeskew(bool on) { m_store->setValue(kDeskew, on); }

int Settings::autoLockMinutes() const
{
    return m_policy->effectiveAutoLockMinutes(
        std::clamp(m_store->value(kAutoLockMinutes, kDefaultAutoLockMinutes).toInt(), 0, 24 * 60));
}
void Settings::setAutoLockMinutes(int minutes) { m_store->setValue(kAutoLockMinutes, minutes); }

bool Settings::lockOnScreenLock() const { return m_store->value(kLockOnScreenLock, true).toBool(); }
void Settings::setLockOnScreenLock(bool on) { m_store->setValue(kLockOnScreenLock, on); }

int Settings::clipboardSeconds() const
{
    return m_policy->effectiveClipboardSeconds(
        std::clamp(m_store->value(kClipboardSeconds, kDefaultClipboardSeconds).toInt(), 1, 3600));
}
void Settings::setClipboardSeconds(int seconds) { m_store->setValue(kClipboardSeconds, seconds); }

int Settings::defaultClass() const { return std::clamp(m_store->value(kDefaultClass, 2).toInt(), 0, 2); }
void Settings::setDefaultClass(int sensitivity) { m_store->setValue(kDefaultClass, sensitivity); }

int Settings::lowConfidence() const
{
    return std::clamp(m_store->value(kLowConfidence, kDefaultLowConfidence).toInt(), 1, 100);
}
void Settings::setLowConfidence(int percent) { m_store->setValue(kLowConfidence, percent); }

QByteArray Settings::windowGeometry() const { return m_store->value(kWindowGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& geometry) { m_store->setValue(kWindowGeometry, geometry); }
QByteArray Settings::windowState() const { return m_store->value(kWindowState).toByteArray(); }
void Settings::setWindowState(const QByteArray& state) { m_store->setValue(kWindowState, state); }

PipelineOptions Settings::pipelineOptions() const
{
    PipelineOptions options;
    options.ocr.languages = languages();
    options.ocr.autoRotate = autoRotate();
    options.ocr.deskew = deskew();
    options.input.pdfDpi = dpi();
    options.jobs = jobs();
    return options;
}

void Settings::sync() { m_store->sync(); }

void disableQtInternalSettings()
{
    const QString nowhere = QStringLiteral("/dev/null/vaultocr-no-qt-settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, nowhere);
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, nowhere);
}

}  // namespace vo::ui
