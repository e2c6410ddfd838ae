#pragma once
// Shows one page of the open document with an overlay of its word boxes, shaded by confidence
// (red = unsure, green = sure, blue = corrected by the user). Zoom, fit width, fit page; clicking
// a box selects that word, double-clicking starts correcting it.

#include "document/WordRef.h"

#include <QGraphicsView>
#include <QPointer>

#include <vector>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace vo::ui {

class OpenDocument;

class PageView : public QGraphicsView {
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };

    explicit PageView(QWidget* parent = nullptr);

    void setDocument(OpenDocument* document);
    void showPage(int page);
    int currentPage() const { return m_page; }
    void selectWord(const WordRef& ref);
    const WordRef& selectedWord() const { return m_selected; }
    void setLowConfidence(int percent);
    void setOverlayVisible(bool visible);
    bool overlayVisible() const { return m_overlayVisible; }
    double zoom() const { return m_zoom; }
    Fit fit() const { return m_fit; }

    // For tests and accessibility: what is shown right now.
    bool hasImage() const;
    QImage shownImage() const;  // shares the shown pixmap's pixels
    int wordBoxCount() const { return int(m_boxes.size()); }
    QColor boxColor(const WordRef& ref) const;
    QPoint viewPositionOf(const WordRef& ref) const;

public slots:
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    void fitWidth();
    void fitPage();
    void clear();

signals:
    void wordClicked(const vo::ui::WordRef& ref);
    void wordActivated(const vo::ui::WordRef& ref);
    void zoomChanged(double zoom);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void preparePixmap(const QImage& image);
    void dropPixmap();
    void refreshBox(const WordRef& ref);
    void applyFit();
    void applyZoom(double zoom);
    QColor colorFor(const WordRef& ref) const;
    WordRef wordAt(const QPoint& viewPos) const;
    int boxIndex(const WordRef& ref) const;

    QPointer<OpenDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    int m_page = -1;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    // The pixmap has its own pixels (a format conversion of the page) rather than sharing the
    // document's, so wiping them when dropped is ours to do.
    bool m_pixmapIsPrivate = false;
    std::vector<std::pair<WordRef, QGraphicsRectItem*>> m_boxes;
    WordRef m_selected;
    int m_lowConfidence = 70;
    bool m_overlayVisible = true;
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    int m_generation = 0;  // drops pixmaps prepared for a page no longer shown
};

}  // namespace vo::ui
