#include "document/DocumentListModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace vo::ui {
namespace {

constexpr qint64 kRedBelowSeconds = 24 * 3600;

}  // namespace

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString DocumentListModel::className(int sensitivity)
{
    switch (sensitivity) {
    case 0: return tr("Low");
    case 1: return tr("Moderate");
    case 2: return tr("High");
    default: return tr("Not stored");
    }
}

QString DocumentListModel::expiryText(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("Expired");
    const qint64 minutes = secondsLeft / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days >= 2)
        return tr("%n day(s)", nullptr, int(days));
    if (hours >= 1)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    if (minutes >= 1)
        return tr("%n minute(s)", nullptr, int(minutes));
    return tr("under a minute");
}

QString DocumentListModel::stateText(const DocumentRow& r) const
{
    switch (r.state) {
    case DocumentRow::State::Queued: return tr("Queued");
    case DocumentRow::State::Processing: return tr("Recognising… %1%").arg(r.percent);
    case DocumentRow::State::Done: return tr("Done");
    case DocumentRow::State::Failed: return tr("Failed");
    case DocumentRow::State::NotRecognised: return tr("Not recognised");
    }
    return {};
}

QVariant DocumentListModel::displayData(const DocumentRow& r, int column) const
{
    switch (column) {
    case NameColumn: return r.name;
    case ClassColumn: return className(r.sensitivity);
    case PagesColumn: return r.pages;
    case StateColumn: return stateText(r);
    case ExpiryColumn:
        return r.expires.isValid() ? expiryText(now().secsTo(r.expires)) : tr("—");
    default: return {};
    }
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const DocumentRow& r = m_rows[size_t(index.row())];
    const bool soon = r.expires.isValid() && now().secsTo(r.expires) < kRedBelowSeconds;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::AccessibleTextRole:
        return displayData(r, index.column()).toString();
    case Qt::ForegroundRole:
        if (index.column() == ExpiryColumn && soon)
            return QBrush(QColor(0xd0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExpiryColumn && r.expires.isValid())
            return tr("Deleted automatically on %1")
                .arg(QLocale().toString(r.expires.toLocalTime(), QLocale::LongFormat));
        return {};
    case IdRole: return r.id;
    case SensitivityRole: return r.sensitivity;
    case ExpiringSoonRole: return soon;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return r.name.toLower();
        case ClassColumn: return r.sensitivity;
        case PagesColumn: return r.pages;
        case StateColumn: return int(r.state);
        case ExpiryColumn: return r.expires.isValid() ? r.expires.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        default: return {};
        }
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ClassColumn: return tr("Class");
    case PagesColumn: return tr("Pages");
    case StateColumn: return tr("OCR");
    case ExpiryColumn: return tr("Expires in");
    default: return {};
    }
}

void DocumentListModel::setRows(std::vector<DocumentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DocumentListModel::upsert(const DocumentRow& row)
{
    const int i = indexOf(row.id);
    if (i >= 0) {
        m_rows[size_t(i)] = row;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.push_back(row);
    endInsertRows();
}

void DocumentListModel::remove(const QString& id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.erase(m_rows.begin() + i);
    endRemoveRows();
}

void DocumentListModel::clear() { setRows({}); }

const DocumentRow* DocumentListModel::row(const QString& id) const
{
    const int i = indexOf(id);
    return i >= 0 ? &m_rows[size_t(i)] : nullptr;
}

int DocumentListModel::indexOf(const QString& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

void DocumentListModel::refreshTimes()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, ExpiryColumn), index(int(m_rows.size()) - 1, ExpiryColumn));
}

}  // namespace vo::ui
