#pragma once
// The page strip's model: one row per page of the open document, with its in-memory thumbnail.
// Follows the document (pages arriving, wipe) and never copies pixels anywhere but memory.

#include <QAbstractListModel>
#include <QPointer>

namespace vo::ui {

class OpenDocument;

class PageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit PageListModel(QObject* parent = nullptr);

    void setDocument(OpenDocument* document);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QPointer<OpenDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
};

}  // namespace vo::ui
