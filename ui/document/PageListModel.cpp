#include "document/PageListModel.h"

#include "document/OpenDocument.h"

#include <QPixmap>

namespace vo::ui {

PageListModel::PageListModel(QObject* parent) : QAbstractListModel(parent) {}

void PageListModel::setDocument(OpenDocument* document)
{
    beginResetModel();
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        m_connections << connect(document, &OpenDocument::pageAdded, this, [this] {
            beginResetModel();
            endResetModel();
        });
        m_connections << connect(document, &OpenDocument::wiped, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

int PageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->pageCount();
}

QVariant PageListModel::data(const QModelIndex& index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_document->pageCount())
        return {};
    const auto& page = m_document->page(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("Page %1").arg(index.row() + 1);
    case Qt::DecorationRole:
        return page.loaded ? QVariant(QPixmap::fromImage(page.thumbnail)) : QVariant();
    default:
        return {};
    }
}

}  // namespace vo::ui
