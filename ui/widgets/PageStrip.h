#pragma once
// The column of page thumbnails (rendered in memory, never written anywhere) beside the page view.

#include <QListView>

namespace vo::ui {

class OpenDocument;
class PageListModel;

class PageStrip : public QListView {
    Q_OBJECT
public:
    explicit PageStrip(QWidget* parent = nullptr);

    void setDocument(OpenDocument* document);
    void setCurrentPage(int page);
    PageListModel* pageModel() const { return m_model; }

signals:
    void pageChosen(int page);

private:
    PageListModel* m_model;
};

}  // namespace vo::ui
