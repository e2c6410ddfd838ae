#include "MainWindow.h"

#include <QLabel>

namespace vo::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("VaultOCR"));
    setCentralWidget(new QLabel(tr("VaultOCR"), this));
    resize(1000, 700);
}

void MainWindow::openForOcr(const QString&) {}

}  // namespace vo::ui
