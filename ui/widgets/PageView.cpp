#include "widgets/PageView.h"

#include "app/Background.h"
#include "app/ThreadProbe.h"
#include "document/OpenDocument.h"
#include "security/PixelWipe.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace vo::ui {
namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;
constexpr int kBoxKey = 0;  // QGraphicsItem::data key holding the index into m_boxes

}  // namespace

PageView::PageView(QWidget* parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setAccessibleName(tr("Page image"));
    setAccessibleDescription(tr("The scanned page with the recognised words outlined"));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus);
}

void PageView::setDocument(OpenDocument* document)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_page = -1;
    m_selected = {};
    if (document) {
        m_connections << connect(document, &OpenDocument::pageAdded, this, [this](int index) {
            if (m_page < 0 || index == m_page)
                showPage(index);
        });
        m_connections << connect(document, &OpenDocument::wordChanged, this, &PageView::refreshBox);
        m_connections << connect(document, &OpenDocument::wiped, this, &PageView::clear);
    }
    rebuild();
}

void PageView::showPage(int page)
{
    if (!m_document || page < 0 || page >= m_document->pageCount())
        return;
    m_page = page;
    if (m_selected.page != page)
        m_selected = {};
    rebuild();
}

void PageView::clear()
{
    dropPixmap();
    m_boxes.clear();
    scene()->clear();
    scene()->setSceneRect(QRectF());
    m_page = -1;
    m_selected = {};
}

bool PageView::hasImage() const { return m_pixmap && !m_pixmap->pixmap().isNull(); }

QImage PageView::shownImage() const { return m_pixmap ? m_pixmap->pixmap().toImage() : QImage(); }

// Decrypted pixels are zeroed, not only freed, when they leave the screen (a page switch, a
// document closed, the vault locked). Pixels shared with the document are the document's to wipe.
void PageView::dropPixmap()
{
    ++m_generation;
    if (m_pixmap && m_pixmapIsPrivate)
        wipePixels(m_pixmap->pixmap());
    m_pixmap = nullptr;
    m_pixmapIsPrivate = false;
}

void PageView::preparePixmap(const QImage& image)
{
    // Converting a full page to the screen's pixel format takes tens of milliseconds: done on
    // the thread pool, so the GUI thread only wraps the result (QPixmap::fromImage moves it).
    const int generation = ++m_generation;
    runInBackground<QImage>(
        this,
        [image] {
            probe::record(QStringLiteral("render"));
            return image.convertToFormat(QImage::Format_RGB32);
        },
        [this, generation, source = image](QImage& converted) {
            const bool shared = converted.constBits() == source.constBits();
            if (generation != m_generation || !m_pixmap) {
                if (!shared)
                    wipePixels(converted);  // a page no longer shown
                return;
            }
            m_pixmap->setPixmap(QPixmap::fromImage(std::move(converted)));
            m_pixmapIsPrivate = m_pixmap->pixmap().toImage().constBits() != source.constBits();
        });
}

void PageView::rebuild()
{
    dropPixmap();
    m_boxes.clear();
    scene()->clear();
    if (!m_document || m_page < 0 || m_page >= m_document->pageCount()
        || !m_document->page(m_page).loaded) {
        scene()->setSceneRect(QRectF());
        return;
    }
    const auto& page = m_document->page(m_page);
    m_pixmap = scene()->addPixmap(QPixmap());
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(page.image.size())));
    preparePixmap(page.image);
    const std::vector<WordRef> refs = m_document->words(m_page);
    m_boxes.reserve(refs.size());
    for (const WordRef& ref : refs) {
        auto* item = scene()->addRect(QRectF(m_document->word(ref)->box));
        item->setData(kBoxKey, int(m_boxes.size()));
        item->setVisible(m_overlayVisible);
        m_boxes.emplace_back(ref, item);
        refreshBox(ref);
    }
    applyFit();
}

int PageView::boxIndex(const WordRef& ref) const
{
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes[i].first == ref)
            return int(i);
    }
    return -1;
}

QColor PageView::colorFor(const WordRef& ref) const
{
    const OcrWord* w = m_document ? m_document->word(ref) : nullptr;
    if (!w)
        return {};
    if (m_document->isCorrected(ref))
        return QColor(0x1e, 0x64, 0xc8);  // the user's word
    if (w->confidence < float(m_lowConfidence))
        return QColor(0xd0, 0x1c, 0x1c);
    // From orange just above the threshold to green at 100.
    const double t = std::clamp((double(w->confidence) - m_lowConfidence) / std::max(1, 100 - m_lowConfidence), 0.0, 1.0);
    return QColor::fromHsvF(float((30 + 90 * t) / 360.0), 0.85f, 0.75f);
}

QColor PageView::boxColor(const WordRef& ref) const { return colorFor(ref); }

void PageView::refreshBox(const WordRef& ref)
{
    const int i = boxIndex(ref);
    if (i < 0)
        return;
    QGraphicsRectItem* item = m_boxes[size_t(i)].second;
    QColor fill = colorFor(ref);
    QColor edge = fill;
    fill.setAlpha(ref == m_selected ? 90 : 45);
    edge.setAlpha(200);
    QPen pen(ref == m_selected ? palette().color(QPalette::Highlight) : edge);
    pen.setCosmetic(true);
    pen.setWidth(ref == m_selected ? 3 : 1);
    item->setPen(pen);
    item->setBrush(fill);
    item->setZValue(ref == m_selected ? 2 : 1);
}

void PageView::selectWord(const WordRef& ref)
{
    if (ref.isValid() && ref.page != m_page)
        showPage(ref.page);
    const WordRef previous = m_selected;
    m_selected = ref;
    refreshBox(previous);
    refreshBox(ref);
    const int i = boxIndex(ref);
    if (i >= 0)
        ensureVisible(m_boxes[size_t(i)].second, 60, 60);
}

void PageView::setLowConfidence(int percent)
{
    m_lowConfidence = percent;
    for (const auto& [ref, item] : m_boxes)
        refreshBox(ref);
}

void PageView::setOverlayVisible(bool visible)
{
    m_overlayVisible = visible;
    for (const auto& entry : m_boxes)
        entry.second->setVisible(visible);
}

void PageView::applyZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    emit zoomChanged(m_zoom);
}

void PageView::setZoom(double zoom)
{
    m_fit = Fit::None;
    applyZoom(zoom);
}

void PageView::zoomIn() { setZoom(m_zoom * kZoomStep); }
void PageView::zoomOut() { setZoom(m_zoom / kZoomStep); }

void PageView::fitWidth()
{
    m_fit = Fit::Width;
    applyFit();
}

void PageView::fitPage()
{
    m_fit = Fit::Page;
    applyFit();
}

void PageView::applyFit()
{
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty() || m_fit == Fit::None)
        return;
    const QSize area = maximumViewportSize() - QSize(verticalScrollBar()->sizeHint().width() + 4, 4);
    const double byWidth = area.width() / rect.width();
    const double byHeight = area.height() / rect.height();
    applyZoom(m_fit == Fit::Width ? byWidth : std::min(byWidth, byHeight));
}

WordRef PageView::wordAt(const QPoint& viewPos) const
{
    const auto hits = items(viewPos);
    for (QGraphicsItem* item : hits) {
        const QVariant v = item->data(kBoxKey);
        if (v.isValid() && item->isVisible())
            return m_boxes[size_t(v.toInt())].first;
    }
    return {};
}

QPoint PageView::viewPositionOf(const WordRef& ref) const
{
    const int i = boxIndex(ref);
    return i < 0 ? QPoint() : mapFromScene(m_boxes[size_t(i)].second->rect().center());
}

void PageView::mousePressEvent(QMouseEvent* event)
{
    const WordRef ref = event->button() == Qt::LeftButton ? wordAt(event->position().toPoint()) : WordRef{};
    if (ref.isValid()) {
        selectWord(ref);
        emit wordClicked(ref);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PageView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const WordRef ref = wordAt(event->position().toPoint());
    if (ref.isValid()) {
        emit wordActivated(ref);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void PageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    applyFit();
}

}  // namespace vo::ui
