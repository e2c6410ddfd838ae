#include "app/PolicyGate.h"

#include "MainWindow.h"
#include "app/Settings.h"
#include "policy/PolicyFile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vo::ui {

PolicyErrorWindow::PolicyErrorWindow(const QString& message, QWidget* parent) : QWidget(parent), m_message(message)
{
    setWindowTitle(tr("VaultOCR cannot start"));
    setAccessibleName(tr("Organisation policy error"));
    auto* title = new QLabel(tr("<h3>Your organisation's policy for VaultOCR is not valid</h3>"), this);
    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("policyError"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* hint = new QLabel(tr("VaultOCR opens no vault until the policy is fixed. Please tell your administrator "
                               "what this window says."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 260);
}

std::unique_ptr<QWidget> createTopWindow(const QString& policyPath, Settings& settings, DialogSeam& dialogs,
                                         const VaultConfig& vault)
{
    auto policy = PolicyFile::load(policyPath);
    if (!policy)
        return std::make_unique<PolicyErrorWindow>(policy.error().message);
    settings.setPolicy(policy.value());
    return std::make_unique<MainWindow>(settings, dialogs, vault);
}

}  // namespace vo::ui
