#include "widgets/DocumentListPanel.h"

#include "document/DocumentFilterModel.h"
#include "document/DocumentListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vo::ui {
namespace {

// The class column as a coloured badge: green low, amber moderate, red high.
class ClassBadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorFor(int sensitivity)
    {
        switch (sensitivity) {
        case 0: return QColor(0x2e, 0x7d, 0x32);
        case 1: return QColor(0xb2, 0x6a, 0x00);
        case 2: return QColor(0xc6, 0x28, 0x28);
        default: return QColor(0x75, 0x75, 0x75);
        }
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QFontMetrics fm(opt.font);
        const QRect textRect = fm.boundingRect(text).adjusted(-6, -2, 6, 2);
        QRect badge(QPoint(0, 0), textRect.size());
        badge.moveCenter(QPoint(opt.rect.left() + 6 + badge.width() / 2, opt.rect.center().y()));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colorFor(index.data(DocumentListModel::SensitivityRole).toInt()));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(24, 6);
    }
};

}  // namespace

DocumentListPanel::DocumentListPanel(DocumentListModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_filter(new DocumentFilterModel(this)), m_search(new QLineEdit(this)),
      m_class(new QComboBox(this)), m_view(new QTableView(this)), m_tick(new QTimer(this)),
      m_searchDelay(new QTimer(this))
{
    m_filter->setSourceModel(&model);
    m_search->setPlaceholderText(tr("Search names and text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search documents"));
    m_class->addItem(tr("All classes"), -1);
    for (int c = 0; c < 3; ++c)
        m_class->addItem(DocumentListModel::className(c), c);
    m_class->setAccessibleName(tr("Filter by class"));

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Documents"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::NameColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegateForColumn(DocumentListModel::ClassColumn, new ClassBadgeDelegate(m_view));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearch(text);  // names: at once
        m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { emit searchChanged(m_search->text().trimmed()); });
    connect(m_class, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setClassFilter(m_class->currentData().toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentChanged(currentId()); });
    connect(m_view, &QTableView::activated, this, [this] { emit activated(currentId()); });
    // Time to expiry is live.
    connect(m_tick, &QTimer::timeout, &m_model, &DocumentListModel::refreshTimes);
    m_tick->start(30'000);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_class);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

QString DocumentListPanel::currentId() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.data(DocumentListModel::IdRole).toString() : QString();
}

void DocumentListPanel::selectId(const QString& id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex idx = m_filter->index(row, 0);
        if (idx.data(DocumentListModel::IdRole).toString() == id) {
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx);
            return;
        }
    }
}

void DocumentListPanel::setTextMatches(const QSet<QString>& ids) { m_filter->setTextMatches(ids); }

}  // namespace vo::ui

namespace vo::ui {

void DocumentListPanel::setVaultColumnsVisible(bool visible)
{
    m_view->setColumnHidden(DocumentListModel::ClassColumn, !visible);
    m_view->setColumnHidden(DocumentListModel::ExpiryColumn, !visible);
    m_class->setVisible(visible);
}

}  // namespace vo::ui
