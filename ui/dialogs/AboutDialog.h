#pragma once
// Help → About: version, the libraries we run on and their versions, and whether the network
// guard is active in this process.

#include "report/LibraryVersions.h"

#include <QDialog>

namespace vo::ui {

using LibraryVersion = vo::LibraryVersion;  // gathered in core, shared with `vaultocr report`

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QList<LibraryVersion> libraryVersions() { return vo::libraryVersions(); }
    static QString networkStatusText();
};

}  // namespace vo::ui
