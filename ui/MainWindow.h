#pragma once

#include <QMainWindow>

namespace vo::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    void openForOcr(const QString& path);
};

}  // namespace vo::ui
