#pragma once
// Turns Ctrl-C (SIGINT) and SIGTERM into a job cancellation for as long as it lives, so the
// pipeline stops between or inside pages and every output is discarded instead of left partial.

#include "util/CancelToken.h"

#include <csignal>

namespace vo::cli {

class SignalCancel {
public:
    SignalCancel();
    ~SignalCancel();
    SignalCancel(const SignalCancel&) = delete;
    SignalCancel& operator=(const SignalCancel&) = delete;
    const CancelToken& token() const { return m_token; }

private:
    CancelToken m_token;
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

}  // namespace vo::cli
