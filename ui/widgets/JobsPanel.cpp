#include "widgets/JobsPanel.h"

#include "jobs/ImportQueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vo::ui {

JobsPanel::JobsPanel(ImportQueue& queue, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_rowsLayout(new QVBoxLayout), m_empty(new QLabel(tr("No imports running."), this)),
      m_clear(new QPushButton(tr("C&lear finished"), this))
{
    setAccessibleName(tr("Import queue"));
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_rowsLayout);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    m_clear->setAccessibleName(tr("Clear finished imports"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &JobsPanel::clearFinished);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(&queue, &ImportQueue::added, this, &JobsPanel::addRow);
    connect(&queue, &ImportQueue::started, this, [this](int job) {
        if (auto it = m_rows.find(job); it != m_rows.end())
            it->second.status->setText(tr("Starting…"));
    });
    connect(&queue, &ImportQueue::progress, this, &JobsPanel::onProgress);
    connect(&queue, &ImportQueue::finished, this, &JobsPanel::onFinished);
}

int JobsPanel::activeCount() const
{
    int n = 0;
    for (const auto& [id, row] : m_rows)
        n += row.done ? 0 : 1;
    return n;
}

QProgressBar* JobsPanel::progressBar(int job) const
{
    const auto it = m_rows.find(job);
    return it == m_rows.end() ? nullptr : it->second.bar;
}

QToolButton* JobsPanel::cancelButton(int job) const
{
    const auto it = m_rows.find(job);
    return it == m_rows.end() ? nullptr : it->second.cancel;
}

void JobsPanel::addRow(int job, const QString& name)
{
    Row row;
    row.widget = new QWidget(this);
    row.name = new QLabel(name, row.widget);
    row.name->setTextFormat(Qt::PlainText);
    row.status = new QLabel(tr("Waiting"), row.widget);
    row.status->setTextFormat(Qt::PlainText);
    row.status->setWordWrap(true);
    row.bar = new QProgressBar(row.widget);
    row.bar->setRange(0, 100);
    row.bar->setValue(0);
    row.bar->setAccessibleName(tr("Progress of %1").arg(name));
    row.cancel = new QToolButton(row.widget);
    row.cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row.cancel->setAccessibleName(tr("Cancel import of %1").arg(name));
    connect(row.cancel, &QToolButton::clicked, this, [this, job] { m_queue.cancel(job); });

    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.name, 2);
    layout->addWidget(row.bar, 3);
    layout->addWidget(row.status, 2);
    layout->addWidget(row.cancel);
    m_rowsLayout->addWidget(row.widget);
    m_rows.emplace(job, row);
    m_empty->hide();
}

void JobsPanel::onProgress(int job, int done, int total, int percent)
{
    const auto it = m_rows.find(job);
    if (it == m_rows.end())
        return;
    it->second.bar->setValue(percent);
    it->second.status->setText(total > 0 ? tr("Page %1 of %2").arg(std::min(done + 1, total)).arg(total)
                                         : tr("Opening…"));
}

void JobsPanel::onFinished(int job, bool ok, const QString& message, bool cancelled)
{
    const auto it = m_rows.find(job);
    if (it == m_rows.end())
        return;
    Row& row = it->second;
    row.done = true;
    row.cancel->setEnabled(false);
    if (ok) {
        row.bar->setValue(100);
        row.status->setText(tr("Done"));
    } else if (cancelled) {
        row.status->setText(tr("Cancelled; nothing was kept"));
    } else {
        // The reason in plain sight: a tooltip alone is missed, and "Failed" says nothing.
        row.status->setText(message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(message));
        row.status->setToolTip(message);
        row.bar->setToolTip(message);
    }
    m_clear->setEnabled(true);
}

void JobsPanel::clearFinished()
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->second.done) {
            it->second.widget->deleteLater();
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    m_clear->setEnabled(false);
    m_empty->setVisible(m_rows.empty());
}

}  // namespace vo::ui

namespace vo::ui {

void JobsPanel::wipe()
{
    for (auto& [id, row] : m_rows)
        row.widget->deleteLater();
    m_rows.clear();
    m_clear->setEnabled(false);
    m_empty->show();
}

}  // namespace vo::ui
