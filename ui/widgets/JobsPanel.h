#pragma once
// The import queue as the user sees it: one row per import with a progress bar (pages done of
// pages total) and a Cancel button. Finished rows say how it ended until cleared.

#include <QWidget>

#include <map>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace vo::ui {

class ImportQueue;

class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(ImportQueue& queue, QWidget* parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    int activeCount() const;
    // For tests: the progress bar and Cancel button of a job.
    QProgressBar* progressBar(int job) const;
    QToolButton* cancelButton(int job) const;

public slots:
    void clearFinished();
    // Lock: every row goes, finished or not (rows show document names).
    void wipe();

private:
    struct Row {
        QWidget* widget;
        QLabel* name;
        QLabel* status;
        QProgressBar* bar;
        QToolButton* cancel;
        bool done = false;
    };
    void addRow(int job, const QString& name);
    void onProgress(int job, int done, int total, int percent);
    void onFinished(int job, bool ok, const QString& message, bool cancelled);

    ImportQueue& m_queue;
    QVBoxLayout* m_rowsLayout;
    QLabel* m_empty;
    QPushButton* m_clear;
    std::map<int, Row> m_rows;
};

}  // namespace vo::ui
