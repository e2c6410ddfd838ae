#include "document/DocumentFilterModel.h"

#include "document/DocumentListModel.h"

namespace vo::ui {

DocumentFilterModel::DocumentFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentListModel::SortRole);
    setDynamicSortFilter(true);
}

void DocumentFilterModel::setClassFilter(int sensitivity)
{
    m_class = sensitivity;
    invalidateFilter();
}

void DocumentFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void DocumentFilterModel::setTextMatches(const QSet<QString>& ids)
{
    m_textMatches = ids;
    invalidateFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, DocumentListModel::NameColumn, sourceParent);
    if (m_class >= 0 && idx.data(DocumentListModel::SensitivityRole).toInt() != m_class)
        return false;
    if (m_search.isEmpty())
        return true;
    if (idx.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
        return true;
    return m_textMatches.contains(idx.data(DocumentListModel::IdRole).toString());
}

}  // namespace vo::ui
