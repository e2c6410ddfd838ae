#pragma once
// Gathers the data-path report for the GUI, never on the GUI thread: with the vault open, on the
// vault thread (the only thread that may touch the Vault), so the report includes retention,
// counts and the next expiry; otherwise on the thread pool, from the header and file sizes only.

#include "report/DataPathReport.h"

#include <functional>

class QObject;

namespace vo::ui {

class VaultSession;

// `session` null: no vault in this app (then `root` is reported). `done` runs on the GUI thread,
// only while `context` exists.
void gatherReport(QObject* context, VaultSession* session, const QString& root, const DesktopFacts& desktop,
                  std::function<void(const DataPathReport&)> done);

}  // namespace vo::ui
