#pragma once
// Help → About: version, the libraries we run on and their versions, and whether the network
// guard is active in this process.

#include <QDialog>

namespace vo::ui {

struct LibraryVersion {
    QString name;
    QString version;
};

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QList<LibraryVersion> libraryVersions();
    static QString networkStatusText();
};

}  // namespace vo::ui
