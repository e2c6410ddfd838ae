#include "widgets/PageStrip.h"

#include "document/PageListModel.h"

namespace vo::ui {

PageStrip::PageStrip(QWidget* parent) : QListView(parent), m_model(new PageListModel(this))
{
    setModel(m_model);
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setIconSize(QSize(96, 128));
    setMaximumWidth(140);
    setAccessibleName(tr("Pages"));
    connect(this, &QListView::clicked, this, [this](const QModelIndex& idx) { emit pageChosen(idx.row()); });
    connect(this, &QListView::activated, this, [this](const QModelIndex& idx) { emit pageChosen(idx.row()); });
}

void PageStrip::setDocument(OpenDocument* document) { m_model->setDocument(document); }

void PageStrip::setCurrentPage(int page) { setCurrentIndex(m_model->index(page)); }

}  // namespace vo::ui
