#pragma once
// Start-up hardening shared by the GUI and the CLI. Called first thing in main().

#include "util/Result.h"

namespace vo {

// What the kernel says about this process now (for `vaultocr report`, not a promise).
struct HardeningStatus {
    qint64 coreLimitSoft = -1;  // RLIMIT_CORE in bytes; -1 = unlimited
    qint64 coreLimitHard = -1;
    int dumpable = -1;          // prctl(PR_GET_DUMPABLE): 0 = no core dumps, no same-user ptrace
};

class ProcessHardening {
public:
    // Tesseract 5.3 hard-codes OpenMP thread counts; only OMP_THREAD_LIMIT caps them, and libgomp
    // reads it in a load-time constructor, so setting it later is useless. If it is unset we set
    // it and re-exec ourselves once. Returns only if no re-exec was needed (or it failed).
    static void ensureSingleThreadedOpenMp(char** argv);

    // No core dumps (they would hold decrypted pages and keys) and no same-user ptrace.
    static void disableCoreDumps();

    // Everything main() does before anything else, in this order: the OpenMP cap (before
    // libgomp's constructor runs; may re-exec), no core dumps, the network guard (before any
    // library gets a chance to open a socket), then the log handler (LogPolicy). Programs that
    // stand in for the app in tests (tests/gui/GuiPrivacyWorkflow.cpp) call it too, so what they
    // prove holds for the app. Fails only when the network guard cannot be installed.
    static Result<void> applyAtStartUp(char** argv);

    static HardeningStatus status();
};

}  // namespace vo
