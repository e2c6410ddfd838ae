#pragma once

class QApplication;
class QString;

namespace vo::ui {

// Builds the main window and runs the event loop. `openPath` (may be empty) is a document given
// on the command line, e.g. the bundled sample in the quick start.
int runGui(QApplication& app, const QString& openPath);

}  // namespace vo::ui
