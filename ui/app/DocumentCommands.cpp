#include "app/DocumentCommands.h"

#include "app/Background.h"
#include "dialogs/DialogSeam.h"
#include "app/Settings.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "security/ClipboardGuard.h"
#include "vault/VaultDocuments.h"
#include "widgets/TextPane.h"

#include <QWidget>

namespace vo::ui {
namespace {

ExportKind kindOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return ExportKind::Pdf;
    case ExportFormat::Text: return ExportKind::Text;
    case ExportFormat::Hocr: return ExportKind::Hocr;
    case ExportFormat::Alto: return ExportKind::Alto;
    }
    return ExportKind::Pdf;
}

}  // namespace

DocumentCommands::DocumentCommands(DocumentLibrary& library, Settings& settings, DialogSeam& dialogs,
                                   ClipboardGuard& clipboard, TextPane& textPane, QWidget* window)
    : QObject(window), m_library(library), m_settings(settings), m_dialogs(dialogs), m_clipboard(clipboard),
      m_textPane(textPane), m_window(window)
{
}

void DocumentCommands::askImport(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = m_dialogs.existingDirectory(m_window, tr("Import a folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = m_dialogs.openFileNames(m_window, tr("Import scans or PDFs"),
                                        tr("Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)"));
    }
    importFiles(paths);
}

void DocumentCommands::importFiles(const QStringList& paths, bool ask)
{
    const QStringList files = DocumentLibrary::expandFolders(paths);
    if (files.isEmpty())
        return;
    int sensitivity = m_settings.defaultClass();
    QString languages = m_settings.languages();
    if (ask) {
        ImportDialog dialog(int(files.size()), sensitivity, m_library.retentionSeconds(), m_library.hasVault(),
                            languages, m_window);
        if (!m_dialogs.run(dialog))
            return;
        sensitivity = dialog.sensitivity();
        languages = dialog.languages();
    }
    // The vault refuses these too; this also covers recognising without a vault.
    if (auto allowed = m_settings.policy()->checkLanguages(languages); !allowed) {
        m_dialogs.showError(m_window, tr("Not imported"), allowed.error().message);
        return;
    }
    const QStringList ids = m_library.importFiles(files, sensitivity, languages);
    if (!ids.isEmpty() && !m_library.current())
        m_library.open(ids.first());
}

void DocumentCommands::exportCurrent()
{
    OpenDocument* doc = m_library.current();
    if (!doc || doc->loadedPages() == 0)
        return;
    ExportDialog dialog(m_dialogs, doc->name(), m_window);
    if (const DocumentRow* row = m_library.model()->row(doc->id()); row && row->sensitivity >= 0)
        dialog.applyPolicy(*m_settings.policy(), SensitivityClass(row->sensitivity));
    if (!m_dialogs.run(dialog) || dialog.destination().isEmpty())
        return;
    const QString destination = dialog.destination();
    const ExportFormat format = dialog.format();
    // The password (if any) is in secure memory now; it travels to the worker in a shared_ptr.
    auto pdfOptions = dialog.takePdfOptions();
    if (!pdfOptions) {
        exportFinishedWith(false, pdfOptions.error().message);
        return;
    }
    const PdfExportOptions options = pdfOptions.value();
    emit statusMessage(tr("Exporting…"));
    // A stored document is exported by the vault (recorded in the audit trail with its exact
    // kind: PDF/A, encrypted PDF, …), after its corrections are saved: both run in order on the
    // vault thread.
    if (m_library.vault()) {
        m_library.saveCorrections();
        m_library.vault()->exportDocument(doc->id(), destination, kindOf(format), options,
                                          [this](bool ok, const QString& message) { exportFinishedWith(ok, message); });
        return;
    }
    auto snapshot = std::make_shared<const ExportSnapshot>(ExportSnapshot::of(*doc));
    runInBackground<Result<void>>(
        this, [snapshot, destination, format, options] { return Exporter::write(*snapshot, destination, format, options); },
        [this](Result<void>& r) { exportFinishedWith(r.ok(), r ? QString() : r.error().message); });
}

void DocumentCommands::exportFinishedWith(bool ok, const QString& message)
{
    emit statusMessage(ok ? tr("Exported.") : tr("Export failed: %1").arg(message));
    if (!ok)
        m_dialogs.showError(m_window, tr("Export failed"), message);
    emit exportFinished(ok, message);
}

void DocumentCommands::copyText()
{
    QString text = m_textPane.selectedText();
    if (text.isEmpty())
        text = m_textPane.text();
    // QTextCursor separates paragraphs with U+2029.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    m_clipboard.copy(text);
}

void DocumentCommands::deleteDocument(const QString& id)
{
    const DocumentRow* row = m_library.model()->row(id);
    if (!row)
        return;
    const QString question = m_library.hasVault()
        ? tr("Delete “%1” now? Its pages, text and corrections are destroyed and the vault key is replaced, so "
             "not even a backup of the vault can bring it back. This cannot be undone.")
        : tr("Remove “%1” from this session? Its pages and text are dropped from memory. This cannot be undone.");
    if (!m_dialogs.confirm(m_window, tr("Delete now"), question.arg(row->name), tr("&Delete")))
        return;
    m_library.remove(id);
}

}  // namespace vo::ui
