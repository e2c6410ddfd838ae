#include "cli/SignalCancel.h"

#include <atomic>

namespace vo::cli {
namespace {

std::atomic<std::atomic<bool>*> g_flag{nullptr};

void onSignal(int)
{
    if (auto* f = g_flag.load())
        f->store(true);
}

}  // namespace

SignalCancel::SignalCancel()
{
    g_flag = m_token.signalSafeFlag();
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &m_oldInt);
    sigaction(SIGTERM, &sa, &m_oldTerm);
}

SignalCancel::~SignalCancel()
{
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
    g_flag = nullptr;
}

}  // namespace vo::cli
