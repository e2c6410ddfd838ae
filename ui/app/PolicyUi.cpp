#include "app/PolicyUi.h"

#include "policy/ManagedPolicy.h"

#include <QLabel>
#include <QListWidget>

namespace vo::ui {

QString PolicyUi::setByOrganisation() { return tr("Set by your organisation"); }

QLabel* PolicyUi::note(const QString& detail, QWidget* parent)
{
    auto* label = new QLabel(tr("Set by your organisation: %1").arg(detail), parent);
    label->setObjectName(QStringLiteral("policyNote"));
    label->setWordWrap(true);
    label->setEnabled(false);  // drawn greyed, like the locked setting it explains
    return label;
}

void PolicyUi::limitLanguages(QListWidget& list, const ManagedPolicy& policy)
{
    for (int i = 0; i < list.count(); ++i) {
        QListWidgetItem* item = list.item(i);
        if (policy.allowsLanguage(item->data(Qt::UserRole).toString()))
            continue;
        item->setCheckState(Qt::Unchecked);
        item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setToolTip(setByOrganisation());
    }
}

}  // namespace vo::ui
