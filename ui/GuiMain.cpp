#include "GuiMain.h"

#include "MainWindow.h"

#include <QApplication>

namespace vo::ui {

int runGui(QApplication& app, const QString& openPath)
{
    MainWindow window;
    window.show();
    if (!openPath.isEmpty())
        window.openForOcr(openPath);
    return app.exec();
}

}  // namespace vo::ui
