#pragma once
// Start-up of the desktop app under the organisation's policy (issue 8). A valid policy (or none)
// gives the main window, with the policy in Settings (which every setting, the vault session and
// the dialogs read). A malformed one gives only an error window naming the file, the line and
// the problem: no main window, no vault opened (fail closed).

#include <QWidget>

#include <memory>

namespace vo::ui {

class DialogSeam;
class Settings;
struct VaultConfig;

class PolicyErrorWindow : public QWidget {
    Q_OBJECT
public:
    explicit PolicyErrorWindow(const QString& message, QWidget* parent = nullptr);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// MainWindow (not yet started) or PolicyErrorWindow.
std::unique_ptr<QWidget> createTopWindow(const QString& policyPath, Settings& settings, DialogSeam& dialogs,
                                         const VaultConfig& vault);

}  // namespace vo::ui
