#pragma once
// A cancellation flag owned by a job and shared, by reference, with everything the job runs.
// Checked between pages, inside rendering, and from tesseract's monitor callback.

#include <atomic>
#include <memory>

namespace vo {

class CancelToken {
public:
    void cancel() { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    // For a signal handler (Ctrl-C): a lock-free atomic store is async-signal-safe.
    std::atomic<bool>* signalSafeFlag() const { return m_flag.get(); }

private:
    // Shared so a copy handed to a worker thread observes the same flag.
    std::shared_ptr<std::atomic<bool>> m_flag = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace vo
