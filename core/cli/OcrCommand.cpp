// `vaultocr ocr`: images and PDFs in, a searchable PDF (+ text / hOCR sidecars) out. Writes
// nothing but the requested outputs, and those only when the whole job succeeded.
#include "cli/Command.h"
#include "cli/PolicyContext.h"
#include "cli/PdfOutputOptions.h"
#include "cli/SignalCancel.h"
#include "crypto/SecureBuffer.h"
#include "input/InputMessages.h"
#include "pipeline/OcrOutputs.h"
#include "pipeline/OcrPipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <mutex>
#include <unistd.h>

namespace vo::cli {
namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1) { return QCoreApplication::translate("OcrCommand", s, c, n); }

// Progress on stderr, only when a person is watching (a terminal).
class TerminalProgress : public PipelineObserver {
public:
    explicit TerminalProgress(bool enabled) : m_enabled(enabled) {}
    void planned(int total) override { m_total = total; }
    void pageProgress(int page, int percent) override { show(page, percent); }
    void pageDone(int page, const OcrPage&, const PageImage&) override { show(page, 100); }
    void clear()
    {
        if (m_enabled)
            std::fputs("\r\033[K", stderr);
    }

private:
    void show(int page, int percent)
    {
        if (!m_enabled)
            return;
        std::lock_guard lock(m_mutex);
        std::fprintf(stderr, "\r\033[K%s", tr("Recognising page %1 of %2… %3%")
                                                  .arg(page + 1).arg(m_total).arg(percent)
                                                  .toLocal8Bit().constData());
        std::fflush(stderr);
    }
    bool m_enabled;
    int m_total = 0;
    std::mutex m_mutex;
};

struct OcrCliOptions {
    QStringList inputs;
    OutputTargets outputs;
    PipelineOptions pipeline;
    bool verbose = false;
};

// The options of issue 5: what happens to PDF pages with text, passwords, PDF/A, metadata.
struct PdfCliOptions {
    QCommandLineOption mode{QStringLiteral("mode"),
                            tr("PDF pages that already have text: skip (default: left as they are), redo (replace an "
                               "earlier invisible OCR layer, keep visible text) or force (rasterise and OCR every page)"),
                            tr("MODE"), QStringLiteral("skip")};
    QCommandLineOption inputPassword{QStringLiteral("input-password-file"),
                                     tr("Open password-protected PDF inputs with the password in FILE"), tr("FILE")};
    PdfOutputOptions output;  // --pdfa, --encrypt-password-file (shared with `vaultocr export`)
    QCommandLineOption keepMetadata{QStringLiteral("keep-metadata"),
                                    tr("Keep the input PDF's title, author and other metadata (default: none)")};
    QCommandLineOption alto{QStringLiteral("alto"), tr("Also write ALTO 4 XML"), tr("OUT.xml")};

    void addTo(QCommandLineParser& p) const
    {
        p.addOption(mode);
        p.addOption(inputPassword);
        output.addTo(p);
        p.addOptions({keepMetadata, alto});
    }
};

Result<void> applyPdfOptions(const QCommandLineParser& p, const PdfCliOptions& pdf, OcrCliOptions& o)
{
    const std::optional<PdfTextMode> mode = parsePdfTextMode(p.value(pdf.mode));
    if (!mode)
        return makeError(ErrorCode::Usage, tr("--mode takes skip, redo or force"));
    auto inputPassword = secretFromFileOption(p, pdf.inputPassword);
    if (!inputPassword)
        return inputPassword.error();
    o.pipeline.input.pdfTextMode = *mode;
    o.pipeline.input.pdfPassword = *inputPassword;
    o.pipeline.input.renderKeptPages = false;  // kept pages are copied, never shown
    o.outputs.alto = p.value(pdf.alto);
    o.outputs.inputs = o.inputs;
    o.outputs.pdfTextMode = *mode;
    o.outputs.inputPassword = *inputPassword;
    o.outputs.pdfOptions.keepMetadata = p.isSet(pdf.keepMetadata);
    return pdf.output.apply(p, o.outputs.pdfOptions);
}

Result<OcrCliOptions> parse(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Recognise text in images and PDFs and write a searchable PDF.\n"
                                   "Several inputs become one output, in the order given."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("INPUT"), tr("PNG, JPEG, TIFF or PDF files"), QStringLiteral("INPUT..."));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")}, tr("Searchable PDF to write"), tr("OUTPUT.pdf"));
    const QCommandLineOption lang({QStringLiteral("l"), QStringLiteral("lang")}, tr("Languages, e.g. eng+deu (default eng)"), tr("L"), QStringLiteral("eng"));
    const QCommandLineOption jobs({QStringLiteral("j"), QStringLiteral("jobs")}, tr("Pages recognised in parallel (default: one per core)"), tr("N"), QStringLiteral("0"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Resolution PDF pages are rendered at (default 300)"), tr("D"), QStringLiteral("300"));
    const QCommandLineOption pages(QStringLiteral("pages"), tr("Pages to process over all inputs, e.g. 1,3-5"), tr("LIST"));
    const QCommandLineOption sidecar(QStringLiteral("sidecar"), tr("Also write the text, pages separated by form feeds"), tr("OUT.txt"));
    const QCommandLineOption hocr(QStringLiteral("hocr"), tr("Also write hOCR"), tr("OUT.hocr"));
    const QCommandLineOption noDeskew(QStringLiteral("no-deskew"), tr("Do not straighten skewed pages"));
    const QCommandLineOption noRotate(QStringLiteral("no-rotate"), tr("Do not detect and fix page orientation"));
    const QCommandLineOption timeout(QStringLiteral("page-timeout"), tr("Give up on a page after S seconds (default: no limit)"), tr("S"), QStringLiteral("0"));
    const QCommandLineOption verbose({QStringLiteral("V"), QStringLiteral("verbose")}, tr("Explain what was assumed (e.g. missing resolution)"));
    p.addOptions({out, lang, jobs, dpi, pages, sidecar, hocr, noDeskew, noRotate, timeout, verbose});
    const PdfCliOptions pdfOptions;
    pdfOptions.addTo(p);

    if (!p.parse(args))
        return makeError(ErrorCode::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        printLine(p.helpText() + tr("\nExit codes: 0 success, 2 usage, 3 input unreadable or unsupported (also: a "
                                    "password-protected PDF without --input-password-file, a wrong password, a PDF that "
                                    "cannot be made PDF/A), 4 language missing, 5 output not writable, 11 a language the organisation's "
                                    "policy does not allow, 12 the organisation's policy file is malformed, 130 cancelled."));
        return makeError(ErrorCode::Usage, QString());  // empty message: help was printed
    }
    OcrCliOptions o;
    o.inputs = p.positionalArguments();
    if (o.inputs.isEmpty())
        return makeError(ErrorCode::Usage, tr("no input files; see 'vaultocr ocr --help'"));
    o.outputs.pdf = p.value(out);
    o.outputs.text = p.value(sidecar);
    o.outputs.hocr = p.value(hocr);
    if (auto r = applyPdfOptions(p, pdfOptions, o); !r)
        return r.error();
    if (!o.outputs.any())
        return makeError(ErrorCode::Usage, tr("nothing to write: give -o OUTPUT.pdf, --sidecar, --hocr or --alto"));
    bool ok1, ok2, ok3;
    o.pipeline.jobs = p.value(jobs).toInt(&ok1);
    o.pipeline.input.pdfDpi = p.value(dpi).toInt(&ok2);
    const int timeoutSeconds = p.value(timeout).toInt(&ok3);
    if (!ok1 || o.pipeline.jobs < 0 || o.pipeline.jobs > 64)
        return makeError(ErrorCode::Usage, tr("--jobs takes a number from 1 to 64"));
    if (!ok2 || o.pipeline.input.pdfDpi < 50 || o.pipeline.input.pdfDpi > 1200)
        return makeError(ErrorCode::Usage, tr("--dpi takes a number from 50 to 1200"));
    if (!ok3 || timeoutSeconds < 0)
        return makeError(ErrorCode::Usage, tr("--page-timeout takes a number of seconds"));
    auto selection = PageSelection::parse(p.value(pages));
    if (!selection)
        return selection.error();
    o.pipeline.pages = *selection;
    o.pipeline.ocr.languages = p.value(lang);
    if (auto allowed = managedPolicy()->checkLanguages(o.pipeline.ocr.languages); !allowed)
        return allowed.error();
    o.pipeline.ocr.deskew = !p.isSet(noDeskew);
    o.pipeline.ocr.autoRotate = !p.isSet(noRotate);
    o.pipeline.ocr.pageTimeoutMs = timeoutSeconds * 1000;
    o.pipeline.preparePdfImage = !o.outputs.pdf.isEmpty();
    o.pipeline.pdfImageFromSource = true;  // the scan as it was: JPEG bytes, no re-encoding after deskew
    o.verbose = p.isSet(verbose);
    return o;
}

// A locked PDF without a password file: say how to give one.
QString withHint(const QString& message, const OcrCliOptions& o)
{
    if (!o.pipeline.input.pdfPassword && message.endsWith(InputMessages::pdfLocked().message))
        return message + tr(": give --input-password-file FILE");
    return message;
}

int runOcr(const QStringList& args)
{
    auto options = parse(args);
    if (!options) {
        if (!options.error().message.isEmpty()) {
            printError(options.error().message);
            return exitCodeFor(options.error().code);
        }
        return 0;  // --help
    }
    // Outputs are opened (unnamed) first so an unwritable destination fails before any OCR.
    auto outputs = OcrOutputs::create(options->outputs);
    if (!outputs) {
        printError(withHint(outputs.error().message, *options));
        return exitCodeFor(outputs.error().code);
    }
    SignalCancel signalCancel;
    TerminalProgress progress(::isatty(STDERR_FILENO) == 1);
    OcrPipeline pipeline(options->pipeline);
    auto stats = pipeline.run(options->inputs, **outputs, &progress, signalCancel.token());
    progress.clear();
    if (stats) {
        if (auto committed = (*outputs)->commit(); !committed)
            stats = committed.error();
    }
    if (!stats) {
        outputs->reset();  // discards every unnamed output: nothing partial remains
        printError(withHint(stats.error().message, *options));
        return exitCodeFor(stats.error().code);
    }
    if (options->verbose) {
        if (stats->pagesWithAssumedDpi > 0)
            printError(tr("%n page(s) had no plausible resolution; 300 DPI was assumed", nullptr,
                          stats->pagesWithAssumedDpi));
        printError(tr("%n page(s) recognised with %1 worker(s)", nullptr, stats->pages).arg(stats->workers));
    }
    return 0;
}

}  // namespace

std::vector<Command> ocrCommands()
{
    return {{QStringLiteral("ocr"), QCoreApplication::translate("OcrCommand", "Make a searchable PDF (and text/hOCR/ALTO) from images and PDFs"),
             runOcr}};
}

}  // namespace vo::cli
