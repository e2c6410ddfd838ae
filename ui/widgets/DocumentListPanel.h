#pragma once
// The document list: a sortable table (name, class badge, pages, OCR state, live time to expiry),
// a class filter and a search field that matches names and — in memory — document text.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace vo::ui {

class DocumentFilterModel;
class DocumentListModel;

class DocumentListPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentListPanel(DocumentListModel& model, QWidget* parent = nullptr);

    QString currentId() const;
    void selectId(const QString& id);
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* classFilter() const { return m_class; }
    DocumentFilterModel* filterModel() const { return m_filter; }
    // Supplied by the library: IDs whose text contains the search string.
    void setTextMatches(const QSet<QString>& ids);
    // Class and expiry exist only for documents in a vault.
    void setVaultColumnsVisible(bool visible);

signals:
    void currentChanged(const QString& id);
    void activated(const QString& id);
    void searchChanged(const QString& text);

private:
    DocumentListModel& m_model;
    DocumentFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_class;
    QTableView* m_view;
    QTimer* m_tick;
    QTimer* m_searchDelay;  // text search decrypts documents: wait until typing pauses
};

}  // namespace vo::ui
