#include "dialogs/SettingsDialog.h"

#include "app/PolicyUi.h"
#include "app/Settings.h"
#include "document/DocumentListModel.h"
#include "ocr/LanguageCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vo::ui {
namespace {

constexpr qint64 kDay = 24 * 3600;

// Languages people in our users' offices most often scan; offered as hints when not installed.
const QStringList kCommonLanguages{QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("fra"),
                                   QStringLiteral("spa"), QStringLiteral("ita"), QStringLiteral("nld"),
                                   QStringLiteral("por"), QStringLiteral("pol"), QStringLiteral("tur"),
                                   QStringLiteral("ukr"), QStringLiteral("rus"), QStringLiteral("ara")};

}  // namespace

QString SettingsDialog::languageName(const QString& code)
{
    // The language's own name ("Deutsch", "Français"): recognisable whatever the UI language.
    const QLocale::Language lang = QLocale::codeToLanguage(code, QLocale::ISO639Part2);
    if (lang == QLocale::AnyLanguage || lang == QLocale::C)
        return code;
    QString name = QLocale(lang).nativeLanguageName();
    if (name.isEmpty())
        return QLocale::languageToString(lang);
    name[0] = name[0].toUpper();
    return name;
}

QStringList SettingsDialog::missingLanguageHints(const QStringList& installed)
{
    QStringList hints;
    for (const QString& code : kCommonLanguages) {
        if (!installed.contains(code)) {
            hints << tr("%1 (%2): install the package %3")
                         .arg(languageName(code), code, LanguageCatalog::debianPackageFor(code));
        }
    }
    return hints;
}

SettingsDialog::SettingsDialog(const Settings& settings, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildOcrPage(settings), tr("&Recognition"));
    tabs->addTab(buildSecurityPage(settings), tr("&Security"));
    tabs->addTab(buildVaultPage(settings), tr("&Vault"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 520);
}

QWidget* SettingsDialog::buildOcrPage(const Settings& settings)
{
    auto* page = new QWidget(this);
    m_languages = new QListWidget(page);
    m_languages->setAccessibleName(tr("Installed OCR languages"));
    const QStringList chosen = settings.languages().split(QLatin1Char('+'));
    const QStringList installed = LanguageCatalog::installed();
    for (const QString& code : installed) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(languageName(code), code), m_languages);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    const ManagedPolicy& policy = *settings.policy();
    PolicyUi::limitLanguages(*m_languages, policy);
    auto* hint = new QLabel(page);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QStringList missing = missingLanguageHints(installed);
    hint->setText(installed.isEmpty()
                      ? tr("No OCR language is installed. Install at least tesseract-ocr-eng.")
                      : tr("Missing a language? Each one is a package, e.g.:\n%1").arg(missing.mid(0, 4).join(QLatin1Char('\n'))));

    m_dpi = new QSpinBox(page);
    m_dpi->setRange(72, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setValue(settings.dpi());
    m_dpi->setAccessibleName(tr("Resolution for PDF pages"));
    m_jobs = new QSpinBox(page);
    m_jobs->setRange(0, 64);
    m_jobs->setSpecialValueText(tr("One per processor core"));
    m_jobs->setValue(settings.jobs());
    m_jobs->setAccessibleName(tr("Pages recognised in parallel"));
    m_rotate = new QCheckBox(tr("Turn pages the right way up"), page);
    m_rotate->setChecked(settings.autoRotate());
    m_deskew = new QCheckBox(tr("Straighten slightly skewed pages"), page);
    m_deskew->setChecked(settings.deskew());
    m_lowConfidence = new QSpinBox(page);
    m_lowConfidence->setRange(1, 100);
    m_lowConfidence->setSuffix(tr(" %"));
    m_lowConfidence->setValue(settings.lowConfidence());
    m_lowConfidence->setAccessibleName(tr("Flag words below this confidence"));

    auto* form = new QFormLayout;
    form->addRow(tr("PDF resolution:"), m_dpi);
    form->addRow(tr("Parallel pages:"), m_jobs);
    form->addRow(QString(), m_rotate);
    form->addRow(QString(), m_deskew);
    form->addRow(tr("Flag words below:"), m_lowConfidence);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Languages to recognise by default:"), page));
    layout->addWidget(m_languages, 1);
    if (const auto& allowed = policy.rules().allowedLanguages)
        layout->addWidget(PolicyUi::note(tr("only %1").arg(allowed->join(QStringLiteral(", "))), page));
    layout->addWidget(hint);
    layout->addLayout(form);
    return page;
}

QWidget* SettingsDialog::buildSecurityPage(const Settings& settings)
{
    auto* page = new QWidget(this);
    m_autoLock = new QSpinBox(page);
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(settings.autoLockMinutes());
    m_autoLock->setAccessibleName(tr("Lock after idle minutes"));
    m_screenLock = new QCheckBox(tr("Lock when the screen locks"), page);
    m_screenLock->setChecked(settings.lockOnScreenLock());
    m_clipboard = new QSpinBox(page);
    m_clipboard->setRange(1, 3600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(settings.clipboardSeconds());
    m_clipboard->setAccessibleName(tr("Clear copied text after seconds"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Lock after being idle for:"), m_autoLock);
    const PolicyRules& rules = settings.policy()->rules();
    if (const auto min = rules.minAutoLockMinutes) {
        // "Never" is the spin box's minimum: with a minimum set by policy it is not offered.
        m_autoLock->setSpecialValueText(QString());
        m_autoLock->setMinimum(*min);
        form->addRow(QString(), PolicyUi::note(tr("at least %n minute(s)", nullptr, *min), page));
    }
    form->addRow(QString(), m_screenLock);
    form->addRow(tr("Clear copied text after:"), m_clipboard);
    if (const auto max = rules.maxClipboardSeconds) {
        m_clipboard->setMaximum(*max);
        form->addRow(QString(), PolicyUi::note(tr("at most %n second(s)", nullptr, *max), page));
    }
    return page;
}

QWidget* SettingsDialog::buildVaultPage(const Settings& settings)
{
    auto* page = new QWidget(this);
    m_defaultClass = new QComboBox(page);
    for (int c = 0; c < 3; ++c)
        m_defaultClass->addItem(DocumentListModel::className(c), c);
    m_defaultClass->setCurrentIndex(settings.defaultClass());
    m_defaultClass->setAccessibleName(tr("Default sensitivity class"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Default class for imports:"), m_defaultClass);
    for (int c = 0; c < 3; ++c) {
        auto* spin = new QSpinBox(page);
        spin->setRange(1, 3650);
        spin->setSuffix(tr(" days"));
        spin->setAccessibleName(tr("Retention for class %1").arg(DocumentListModel::className(c)));
        m_retentionDays[size_t(c)] = spin;
        form->addRow(tr("Keep %1 documents for:").arg(DocumentListModel::className(c).toLower()), spin);
        if (const auto cap = settings.policy()->rules().of(SensitivityClass(c)).maxRetentionDays) {
            spin->setMaximum(std::min(spin->maximum(), *cap));
            form->addRow(QString(), PolicyUi::note(tr("at most %n day(s)", nullptr, *cap), page));
        }
    }
    m_retentionNote = new QLabel(page);
    m_retentionNote->setWordWrap(true);
    form->addRow(m_retentionNote);
    setRetention({90 * kDay, 30 * kDay, 7 * kDay}, false);
    return page;
}

void SettingsDialog::setRetention(const std::array<qint64, 3>& seconds, bool editable)
{
    m_initialRetention = seconds;
    for (size_t c = 0; c < 3; ++c) {
        m_retentionDays[c]->setValue(int(std::max<qint64>(1, seconds[c] / kDay)));
        m_retentionDays[c]->setEnabled(editable);
    }
    m_retentionNote->setText(editable ? tr("Applies to documents imported from now on. Stored encrypted in the vault.")
                                      : tr("Open the vault to change how long documents are kept."));
}

std::array<qint64, 3> SettingsDialog::retention() const
{
    std::array<qint64, 3> out{};
    for (size_t c = 0; c < 3; ++c) {
        // Keep a non-whole-day value (e.g. set from the command line) unless the user changed it.
        const bool unchanged = m_retentionDays[c]->value() == int(std::max<qint64>(1, m_initialRetention[c] / kDay));
        out[c] = unchanged ? m_initialRetention[c] : qint64(m_retentionDays[c]->value()) * kDay;
    }
    return out;
}

bool SettingsDialog::retentionChanged() const { return retention() != m_initialRetention; }

QString SettingsDialog::selectedLanguages() const
{
    QStringList codes;
    for (int i = 0; i < m_languages->count(); ++i) {
        if (m_languages->item(i)->checkState() == Qt::Checked)
            codes << m_languages->item(i)->data(Qt::UserRole).toString();
    }
    return codes.join(QLatin1Char('+'));
}

void SettingsDialog::apply(Settings& settings) const
{
    const QString languages = selectedLanguages();
    if (!languages.isEmpty())
        settings.setLanguages(languages);
    settings.setDpi(m_dpi->value());
    settings.setJobs(m_jobs->value());
    settings.setAutoRotate(m_rotate->isChecked());
    settings.setDeskew(m_deskew->isChecked());
    settings.setLowConfidence(m_lowConfidence->value());
    settings.setAutoLockMinutes(m_autoLock->value());
    settings.setLockOnScreenLock(m_screenLock->isChecked());
    settings.setClipboardSeconds(m_clipboard->value());
    settings.setDefaultClass(m_defaultClass->currentData().toInt());
    settings.sync();
}

}  // namespace vo::ui
