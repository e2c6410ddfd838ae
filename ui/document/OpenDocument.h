#pragma once
// A document as the GUI holds it while it is open: per page the OCR model, the page image and a
// thumbnail, all in memory only, plus the undo history of word corrections. wipe() drops all of
// it (lock, close, delete).

#include "document/WordRef.h"
#include "ocr/OcrPage.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <map>
#include <vector>

class QUndoStack;

namespace vo::ui {

class OpenDocument : public QObject {
    Q_OBJECT
public:
    struct Page {
        OcrPage ocr;
        QImage image;      // the cleaned image the boxes refer to
        QImage thumbnail;
        bool loaded = false;
    };

    OpenDocument(QString id, QString name, QObject* parent = nullptr);
    ~OpenDocument() override;

    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    int pageCount() const { return int(m_pages.size()); }
    int loadedPages() const;
    const Page& page(int index) const { return m_pages.at(size_t(index)); }
    bool isEmpty() const { return m_pages.empty(); }

    // Pages may arrive out of order; missing ones stay unloaded placeholders.
    void setPage(int index, OcrPage ocr, QImage image, QImage thumbnail);

    const OcrWord* word(const WordRef& ref) const;
    // The words of a page in reading order (skips empty ones).
    std::vector<WordRef> words(int page) const;
    // The next (or previous) word below `threshold` confidence after `from`, across pages, not
    // counting words the user corrected; wraps around. Invalid if there is none.
    WordRef nextLowConfidence(const WordRef& from, int threshold, bool forward) const;
    QString plainText() const;  // pages separated by form feeds, like `vaultocr ocr --sidecar`
    bool containsText(const QString& needle) const;

    // Records an undoable correction. Same text = the user confirms the word (confidence 100).
    bool correctWord(const WordRef& ref, const QString& text);
    bool isCorrected(const WordRef& ref) const { return m_originals.count(ref) > 0; }
    QString originalText(const WordRef& ref) const;
    bool hasCorrections() const { return !m_originals.empty(); }
    QUndoStack* undoStack() const { return m_undo; }

    // Forgets pages, images, thumbnails and the undo history.
    void wipe();

signals:
    void pageAdded(int index);
    void wordChanged(const vo::ui::WordRef& ref);
    void wiped();

private:
    friend class CorrectWordCommand;
    void applyWord(const WordRef& ref, const QString& text, float confidence);
    OcrWord* mutableWord(const WordRef& ref);

    QString m_id;
    QString m_name;
    std::vector<Page> m_pages;
    std::map<WordRef, QString> m_originals;  // what OCR read, for corrected words
    QUndoStack* m_undo;
    bool m_wiped = false;  // late pages from a cancelled job are dropped
};

}  // namespace vo::ui
