#pragma once
// Sorting and filtering of the document list: by class, and by a search string that matches the
// name or — through textMatcher, which searches decrypted text in memory — the document's text.

#include <QSet>
#include <QSortFilterProxyModel>

namespace vo::ui {

class DocumentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DocumentFilterModel(QObject* parent = nullptr);

    void setClassFilter(int sensitivity);  // -1 = all
    int classFilter() const { return m_class; }
    void setSearch(const QString& text);
    const QString& search() const { return m_search; }
    // IDs whose text contains the current search; supplied by whoever holds the text.
    void setTextMatches(const QSet<QString>& ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_class = -1;
    QString m_search;
    QSet<QString> m_textMatches;
};

}  // namespace vo::ui
