#include "dialogs/AboutDialog.h"

#include "platform/NetworkGuard.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vo::ui {

QString AboutDialog::networkStatusText()
{
    const NetworkGuardStatus s = NetworkGuard::status();
    return s.installed ? tr("Network access is blocked for this process (seccomp filter active): VaultOCR cannot "
                            "open a network connection.")
                       : tr("Warning: the network guard is NOT active in this process.");
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About VaultOCR"));
    setAccessibleName(tr("About VaultOCR"));
    auto* title = new QLabel(tr("<h2>VaultOCR %1</h2>").arg(QStringLiteral(VAULTOCR_VERSION)), this);
    auto* blurb = new QLabel(tr("On-device OCR for sensitive documents. Documents and their text stay on this "
                                "computer, encrypted in your vault."),
                             this);
    blurb->setWordWrap(true);
    auto* network = new QLabel(networkStatusText(), this);
    network->setWordWrap(true);
    network->setAccessibleName(tr("Network status"));
    network->setObjectName(QStringLiteral("networkStatus"));

    const QList<LibraryVersion> libs = libraryVersions();
    auto* table = new QTableWidget(int(libs.size()), 2, this);
    table->setAccessibleName(tr("Libraries and versions"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < libs.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(libs[i].name));
        table->setItem(i, 1, new QTableWidgetItem(libs[i].version));
    }
    table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addWidget(network);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(460, 420);
}

}  // namespace vo::ui
