#pragma once
// How the GUI shows what the organisation's policy decides (issue 8): greyed, with "Set by your
// organisation", so a setting the user cannot change never looks like a bug.

#include <QCoreApplication>
#include <QString>

class QLabel;
class QListWidget;
class QWidget;

namespace vo {
class ManagedPolicy;
}

namespace vo::ui {

class PolicyUi {
    Q_DECLARE_TR_FUNCTIONS(PolicyUi)

public:
    static QString setByOrganisation();  // "Set by your organisation"
    // A greyed note "Set by your organisation: <detail>" (object name "policyNote" for tests).
    static QLabel* note(const QString& detail, QWidget* parent);
    // Languages the policy does not allow: unchecked, greyed and not checkable, with the reason as
    // tooltip. The list's items carry their code in Qt::UserRole.
    static void limitLanguages(QListWidget& list, const ManagedPolicy& policy);
};

}  // namespace vo::ui
