// The GUI without a vault, driven through its real widgets on the offscreen platform: open the
// sample letter → OCR → text pane and page overlay → select and correct a word → export a PDF and
// check it with pdftotext → copy (clipboard cleared) → lock (models empty) → a cancelled import
// leaves nothing. One OCR of the sample is shared by the tests that read it.

#include "GuiTestSupport.h"
#include "TestUtil.h"

#include "app/DocumentCommands.h"
#include "app/MainActions.h"
#include "app/ThreadProbe.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "document/PageListModel.h"
#include "jobs/ImportQueue.h"
#include "ocr/TesseractEngine.h"
#include "pipeline/OcrPipeline.h"
#include "security/ClipboardGuard.h"
#include "widgets/DocumentListPanel.h"
#include "widgets/JobsPanel.h"
#include "widgets/PageView.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextEdit>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>

using namespace vo;
using namespace vo::ui;

namespace {

// Real tesseract, but records the thread every recognition runs on.
class ProbingEngine : public OcrEngine {
public:
    explicit ProbingEngine(std::unique_ptr<OcrEngine> inner) : m_inner(std::move(inner)) {}
    Result<RecognizedPage> recognize(const PageImage& image, const PageProgressFn& progress,
                                     const CancelToken& cancel) override
    {
        probe::record(QStringLiteral("recognize"));
        return m_inner->recognize(image, progress, cancel);
    }

private:
    std::unique_ptr<OcrEngine> m_inner;
};

bool allZero(const QImage& image)
{
    const uchar* bits = image.constBits();
    return !image.isNull() && std::all_of(bits, bits + image.sizeInBytes(), [](uchar b) { return b == 0; });
}

OcrEngineFactory probingFactory(const OcrSettings& settings)
{
    OcrEngineFactory inner = OcrPipeline::tesseractFactory(settings);
    return [inner]() -> Result<std::unique_ptr<OcrEngine>> {
        auto engine = inner();
        if (!engine)
            return engine.error();
        return std::unique_ptr<OcrEngine>(std::make_unique<ProbingEngine>(std::move(engine).value()));
    };
}

}  // namespace

class TestGuiOcr : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ocrShowsTheSample();
    void heavyWorkRanOffTheGuiThread();
    void clickingAWordSelectsItInBothPanes();
    void nextUnsureWord();
    void correctionIsUndoableAndExported();
    void copiedTextIsClearedFromTheClipboard();
    void lockEmptiesTextAndPageModels();
    void cancellingMidImportLeavesNothing();
    void cleanupTestCase();

private:
    QString pdfText(const QString& pdf);

    std::unique_ptr<test::WindowFixture> f;
    QTemporaryDir m_out;
};

void TestGuiOcr::initTestCase()
{
    QVERIFY2(QFile::exists(test::sampleImage()), qPrintable(test::sampleImage()));
    f = std::make_unique<test::WindowFixture>();
    probe::enable(true);
    f->window->library()->setEngineFactory(probingFactory(f->settings->pipelineOptions().ocr));
    f->window->openForOcr(test::sampleImage());
    QVERIFY(f->window->library()->current() != nullptr);
    QVERIFY2(test::waitForImports(*f->window), "the sample was not recognised in time");
}

void TestGuiOcr::ocrShowsTheSample()
{
    OpenDocument* doc = f->window->library()->current();
    QVERIFY(doc);
    QCOMPARE(doc->pageCount(), 1);
    QVERIFY(doc->page(0).loaded);
    // The text pane shows what was read, close to the ground truth.
    const QString shown = f->window->textPane()->text();
    const double cer = test::characterErrorRate(test::sampleTruth(), shown);
    qInfo("sample CER in the text pane: %.4f (%d characters)", cer, int(shown.size()));
    QVERIFY2(cer < 0.05, qPrintable(QStringLiteral("CER %1").arg(cer)));
    // The page view shows the image with one box per word.
    QTRY_VERIFY(f->window->pageView()->hasImage());
    QCOMPARE(f->window->pageView()->wordBoxCount(), int(doc->words(0).size()));
    QVERIFY(f->window->pageView()->wordBoxCount() > 80);
    // The page strip has its thumbnail; the list has the document, done.
    QCOMPARE(f->window->pageModel()->rowCount(), 1);
    QVERIFY(!f->window->pageModel()->index(0).data(Qt::DecorationRole).isNull());
    QCOMPARE(f->window->library()->model()->rowCount(), 1);
    QCOMPARE(f->window->library()->model()->rows().front().state, DocumentRow::State::Done);
    QCOMPARE(f->window->library()->model()->rows().front().name, QStringLiteral("sample-letter.png"));
}

void TestGuiOcr::heavyWorkRanOffTheGuiThread()
{
    const QList<QThread*> threads = probe::threadsOf(QStringLiteral("recognize"));
    QVERIFY(!threads.isEmpty());
    for (QThread* t : threads)
        QVERIFY2(t != qApp->thread(), "recognition ran on the GUI thread");
    // Preparing the page image for the screen, too.
    QVERIFY(!probe::threadsOf(QStringLiteral("render")).isEmpty());
    QVERIFY2(!probe::threadsOf(QStringLiteral("render")).contains(qApp->thread()), "rendering ran on the GUI thread");
}

void TestGuiOcr::clickingAWordSelectsItInBothPanes()
{
    const WordRef northwind = test::findWord(*f->window, QStringLiteral("Northwind"));
    QVERIFY(northwind.isValid());
    PageView* view = f->window->pageView();
    view->fitPage();
    QTest::qWait(20);
    const QPoint pos = view->viewPositionOf(northwind);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(view->selectedWord(), northwind);
    QCOMPARE(f->window->textPane()->selectedWord(), northwind);
    QCOMPARE(f->window->textPane()->correctionField()->text(), QStringLiteral("Northwind"));

    // And back: put the text cursor into another word in the text pane.
    const WordRef hamburg = test::findWord(*f->window, QStringLiteral("Hamburg"));
    QVERIFY(hamburg.isValid());
    QTextEdit* text = f->window->textPane()->textView();
    const int at = text->toPlainText().indexOf(QStringLiteral("Hamburg"));
    QVERIFY(at >= 0);
    QTextCursor c = text->textCursor();
    c.setPosition(at + 2);
    text->setTextCursor(c);
    QCOMPARE(f->window->textPane()->selectedWord(), hamburg);
    QCOMPARE(view->selectedWord(), hamburg);
}

void TestGuiOcr::nextUnsureWord()
{
    OpenDocument* doc = f->window->library()->current();
    // The sample is clean; flag everything under 96 % through the settings dialog.
    f->dialogs.onRun = [](QDialog& d) {
        auto* s = qobject_cast<SettingsDialog*>(&d);
        if (s)
            s->lowConfidence()->setValue(96);
        return s != nullptr;
    };
    f->window->actions().settings->trigger();
    f->dialogs.onRun = {};
    const int threshold = f->settings->lowConfidence();
    QCOMPARE(threshold, 96);
    QVERIFY2(doc->nextLowConfidence({}, threshold, true).isValid(), "no word of the sample is under 96 %");
    f->window->actions().nextLow->trigger();
    const WordRef first = f->window->textPane()->selectedWord();
    QVERIFY(first.isValid());
    QVERIFY(doc->word(first)->confidence < float(threshold));
    QCOMPARE(f->window->pageView()->selectedWord(), first);
    QCOMPARE(f->window->pageView()->boxColor(first), QColor(0xd0, 0x1c, 0x1c));
    f->window->actions().nextLow->trigger();
    const WordRef second = f->window->textPane()->selectedWord();
    QVERIFY(doc->word(second)->confidence < float(threshold));
    if (!(second == first)) {
        QVERIFY(first < second || second < first);
        f->window->actions().previousLow->trigger();
        QCOMPARE(f->window->textPane()->selectedWord(), first);
    }
}

QString TestGuiOcr::pdfText(const QString& pdf)
{
    const test::ProcessResult r = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}

void TestGuiOcr::correctionIsUndoableAndExported()
{
    OpenDocument* doc = f->window->library()->current();
    const WordRef payroll = test::findWord(*f->window, QStringLiteral("Payroll"));
    QVERIFY2(payroll.isValid(), "OCR did not read 'Payroll'");
    const QRect box = doc->word(payroll)->box;

    // Select in the page view, type the correction, press Enter.
    QTest::mouseClick(f->window->pageView()->viewport(), Qt::LeftButton, {},
                      f->window->pageView()->viewPositionOf(payroll));
    QLineEdit* edit = f->window->textPane()->correctionField();
    QCOMPARE(edit->text(), QStringLiteral("Payroll"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Pensions"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(doc->word(payroll)->text, QStringLiteral("Pensions"));
    QCOMPARE(doc->word(payroll)->box, box);  // still attached to its box
    QVERIFY(doc->isCorrected(payroll));
    QVERIFY(f->window->textPane()->text().contains(QStringLiteral("Senior Pensions Specialist")));

    // Undo and redo through the window's actions.
    QVERIFY(f->window->actions().undo->isEnabled());
    f->window->actions().undo->trigger();
    QCOMPARE(doc->word(payroll)->text, QStringLiteral("Payroll"));
    QVERIFY(!doc->isCorrected(payroll));
    QVERIFY(f->window->textPane()->text().contains(QStringLiteral("Senior Payroll Specialist")));
    f->window->actions().redo->trigger();
    QCOMPARE(doc->word(payroll)->text, QStringLiteral("Pensions"));

    // Export a searchable PDF through the export dialog; the destination comes from the seam.
    const QString pdf = m_out.filePath(QStringLiteral("letter.pdf"));
    f->dialogs.saveNames.push_back(pdf);
    f->dialogs.onRun = [](QDialog& d) {
        auto* e = qobject_cast<ExportDialog*>(&d);
        return e && e->chooseDestination();
    };
    QSignalSpy done(f->window->commands(), &DocumentCommands::exportFinished);
    f->window->actions().exportDoc->trigger();
    QVERIFY(done.wait(60'000));
    QCOMPARE(done.first().at(0).toBool(), true);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Pensions")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Payroll")));
    QString truth = test::sampleTruth();
    truth.replace(QStringLiteral("Payroll"), QStringLiteral("Pensions"));
    const double cer = test::characterErrorRate(truth, text);
    qInfo("exported PDF: CER %.4f against the corrected ground truth", cer);
    QVERIFY(cer < 0.05);
    QVERIFY(!probe::threadsOf(QStringLiteral("export")).isEmpty());
    QVERIFY2(!probe::threadsOf(QStringLiteral("export")).contains(qApp->thread()), "export ran on the GUI thread");

    // Plain text export holds the correction too.
    const QString txt = m_out.filePath(QStringLiteral("letter.txt"));
    f->dialogs.saveNames.push_back(txt);
    f->dialogs.onRun = [](QDialog& d) {
        auto* e = qobject_cast<ExportDialog*>(&d);
        if (!e)
            return false;
        e->setFormat(ExportFormat::Text);
        return e->chooseDestination();
    };
    done.clear();
    f->window->actions().exportDoc->trigger();
    QVERIFY(done.wait(30'000));
    QVERIFY(test::readText(txt).contains(QStringLiteral("Senior Pensions Specialist")));
    // Nothing but the two exports was written.
    QCOMPARE(test::filesBelow(m_out.path()), (QStringList{QStringLiteral("letter.pdf"), QStringLiteral("letter.txt")}));
    f->dialogs.onRun = {};
}

void TestGuiOcr::copiedTextIsClearedFromTheClipboard()
{
    ClipboardGuard* guard = f->window->clipboardGuard();
    guard->setTimeoutMs(500);
    f->window->actions().copyText->trigger();
    QClipboard* clipboard = QGuiApplication::clipboard();
    QVERIFY(clipboard->text().contains(QStringLiteral("Northwind")));
    const QMimeData* mime = clipboard->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(guard->holdsCopy());
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
    QVERIFY(!guard->holdsCopy());

    // Something the user copied elsewhere afterwards is left alone.
    f->window->actions().copyText->trigger();
    clipboard->setText(QStringLiteral("not ours"));
    QTest::qWait(800);
    QCOMPARE(clipboard->text(), QStringLiteral("not ours"));
    clipboard->clear();
}

void TestGuiOcr::lockEmptiesTextAndPageModels()
{
    QPointer<OpenDocument> doc = f->window->library()->current();
    QVERIFY(doc);
    f->window->clipboardGuard()->setTimeoutMs(60'000);
    f->window->actions().copyText->trigger();
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    // Shallow copies of what is open share its buffers: they show whether locking zeroed the
    // pixels and characters or merely let go of them (freed heap keeps its bytes).
    QTRY_VERIFY(f->window->pageView()->hasImage());
    const QImage heldPage = doc->page(0).image;
    const QImage heldThumbnail = doc->page(0).thumbnail;
    const QImage heldShown = f->window->pageView()->shownImage();
    QStringList heldWords;
    for (const WordRef& ref : doc->words(0))
        heldWords << doc->word(ref)->text;
    QVERIFY(heldWords.size() > 80);
    QVERIFY(!allZero(heldPage) && !allZero(heldThumbnail) && !allZero(heldShown));

    QTest::keyClick(f->window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(f->window->isLocked());
    QVERIFY2(allZero(heldPage), "the page image was released without being zeroed");
    QVERIFY2(allZero(heldThumbnail), "the thumbnail was released without being zeroed");
    QVERIFY2(allZero(heldShown), "the shown pixmap was released without being zeroed");
    for (const QString& word : std::as_const(heldWords))
        QVERIFY2(word.count(QChar(0)) == word.size(), "a recognised word was released without being zeroed");
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(f->window->library()->model()->rowCount(), 0);
    QVERIFY(f->window->library()->current() == nullptr);
    QCOMPARE(f->window->pageModel()->rowCount(), 0);
    QVERIFY(f->window->textPane()->text().isEmpty());
    QVERIFY(f->window->textPane()->correctionField()->text().isEmpty());
    QVERIFY(!f->window->pageView()->hasImage());
    QCOMPARE(f->window->pageView()->wordBoxCount(), 0);
    QCOMPARE(f->window->pageView()->scene()->items().size(), 0);
    QCOMPARE(f->window->jobsPanel()->rowCount(), 0);
    // The document object itself dropped its pages and is being deleted.
    QVERIFY(!doc || doc->pageCount() == 0);
    QTRY_VERIFY(doc.isNull());
    // While locked, commands that show documents are off.
    QVERIFY(!f->window->actions().exportDoc->isEnabled());
    QVERIFY(!f->window->actions().import->isEnabled());
}

void TestGuiOcr::cancellingMidImportLeavesNothing()
{
    f->window->unlock();
    QVERIFY(!f->window->isLocked());
    // A slow page (four-column magazine), cancelled once recognition is under way.
    QSignalSpy progress(f->window->library()->queue(), &ImportQueue::progress);
    QSignalSpy finished(f->window->library()->queue(), &ImportQueue::finished);
    f->window->openForOcr(test::dataFile(QStringLiteral("unlv_8071_093_magazine_4col.tif")));
    QCOMPARE(f->window->library()->model()->rowCount(), 1);
    QTRY_VERIFY2_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(3).toInt() > 0,
                              qPrintable(QStringLiteral("%1 progress signals; finished: %2")
                                             .arg(progress.size())
                                             .arg(finished.isEmpty() ? QString() : finished.first().at(2).toString())),
                              60'000);
    const int job = f->window->library()->queue()->runningJob();
    QToolButton* cancel = f->window->jobsPanel()->cancelButton(job);
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(test::waitForImports(*f->window, 30'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);  // not ok
    QCOMPARE(finished.first().at(3).toBool(), true);   // cancelled
    QCOMPARE(f->window->library()->model()->rowCount(), 0);
    QVERIFY(f->window->library()->current() == nullptr);
    QVERIFY(!f->window->pageView()->hasImage());
    QVERIFY(f->window->textPane()->text().isEmpty());
}

void TestGuiOcr::cleanupTestCase()
{
    probe::enable(false);
    f.reset();
}

QTEST_MAIN(TestGuiOcr)
#include "TestGuiOcr.moc"
