// ExportDialog::applyPolicy, kept apart from the dialog's own code: which formats the
// organisation's policy leaves for a stored document's class (issue 8). The vault refuses a
// forbidden export anyway (VaultPolicy::checkExport); this only keeps the dialog from offering it.
#include "dialogs/ExportDialog.h"

#include "app/PolicyUi.h"
#include "policy/ManagedPolicy.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vo::ui {
namespace {

void lock(QWidget* w)
{
    w->setEnabled(false);
    w->setToolTip(PolicyUi::setByOrganisation());
}

}  // namespace

void ExportDialog::applyPolicy(const ManagedPolicy& policy, SensitivityClass sensitivity)
{
    const auto allows = [&](ExportKind k) { return policy.allowsExport(sensitivity, k); };
    const bool plainPdf = allows(ExportKind::Pdf);
    const bool pdfa = allows(ExportKind::PdfA);
    const bool encrypted = allows(ExportKind::PdfEncrypted);
    if (plainPdf && pdfa && encrypted && allows(ExportKind::Text) && allows(ExportKind::Hocr)
        && allows(ExportKind::Alto))
        return;
    const std::pair<QRadioButton*, bool> formats[] = {{m_pdf, plainPdf || pdfa || encrypted},
                                                       {m_text, allows(ExportKind::Text)},
                                                       {m_hocr, allows(ExportKind::Hocr)},
                                                       {m_alto, allows(ExportKind::Alto)}};
    for (const auto& [button, allowed] : formats) {
        if (!allowed)
            lock(button);
    }
    // A PDF kind that is the only one left is forced on; one that is not allowed is locked off.
    if (!pdfa) {
        m_pdfa->setChecked(false);
        lock(m_pdfa);
    }
    if (!encrypted) {
        m_encrypt->setChecked(false);
        lock(m_encrypt);
    }
    if (!plainPdf && (pdfa != encrypted)) {
        (pdfa ? m_pdfa : m_encrypt)->setChecked(true);
        lock(pdfa ? m_pdfa : m_encrypt);
    }
    for (const auto& [button, allowed] : formats) {
        if (allowed) {
            if (!std::any_of(std::begin(formats), std::end(formats),
                             [](const auto& f) { return f.second && f.first->isChecked(); }))
                button->setChecked(true);
            break;
        }
    }
    QStringList kinds;
    for (ExportKind k : kPolicyExportKinds) {
        if (allows(k))
            kinds << exportKindName(k);
    }
    auto* box = qobject_cast<QVBoxLayout*>(layout());
    QLabel* note = PolicyUi::note(kinds.isEmpty() ? tr("documents of this class cannot be exported")
                                                  : tr("this class may be exported only as %1")
                                                        .arg(kinds.join(QStringLiteral(", "))),
                                  this);
    if (box)
        box->insertWidget(box->count() - 1, note);
    updateState();
}

}  // namespace vo::ui
