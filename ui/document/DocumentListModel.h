#pragma once
// The documents the user can open: one row per document, whatever holds it (the vault, or the
// session when no vault is open). Holds metadata only, never text or pixels. The time-to-expiry
// column is live: refreshTimes() is called by a timer.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <vector>

namespace vo::ui {

struct DocumentRow {
    enum class State { Queued, Processing, Done, Failed, NotRecognised };

    QString id;
    QString name;
    int sensitivity = -1;  // 0 low, 1 moderate, 2 high; -1 = not in a vault
    int pages = 0;
    State state = State::Queued;
    int percent = 0;       // while Processing
    QDateTime expires;     // UTC; invalid = never
};

class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ClassColumn, PagesColumn, StateColumn, ExpiryColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SensitivityRole,  // int, for the filter and the badge delegate
        SortRole,
        ExpiringSoonRole, // bool: under 24 h
    };

    explicit DocumentListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(std::vector<DocumentRow> rows);
    void upsert(const DocumentRow& row);
    void remove(const QString& id);
    void clear();
    const DocumentRow* row(const QString& id) const;
    int indexOf(const QString& id) const;
    const std::vector<DocumentRow>& rows() const { return m_rows; }

    // For tests: the clock the expiry column counts from.
    void setNow(const QDateTime& now) { m_now = now; }
    void refreshTimes();

    static QString className(int sensitivity);
    static QString expiryText(qint64 secondsLeft);

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    QVariant displayData(const DocumentRow& r, int column) const;
    QString stateText(const DocumentRow& r) const;

    std::vector<DocumentRow> m_rows;
    QDateTime m_now;
};

}  // namespace vo::ui
