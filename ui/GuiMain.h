#pragma once

class QApplication;
class QString;

namespace vo::ui {

// Builds the main window and runs the event loop. `openPath` (may be empty) is a document given
// on the command line, e.g. the bundled sample in the quick start. `policyPath` is the
// organisation's policy file: a malformed one shows only an error window (PolicyGate.h).
int runGui(QApplication& app, const QString& openPath, const QString& policyPath);

// What runGui does to the application before the first window: Qt's own settings files pointed
// nowhere, the translations, the icon. GUI test drivers that stand in for the app call it too.
void prepareGuiApplication(QApplication& app);

// Why the desktop app cannot start here, or an empty string if it can. Without a display Qt
// aborts in QApplication's constructor with a message the log policy withholds, so main() asks
// first and says what to do (the command line needs no display).
QString missingDisplay(int argc, char** argv);

}  // namespace vo::ui
