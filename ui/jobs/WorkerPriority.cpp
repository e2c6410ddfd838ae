#include "jobs/WorkerPriority.h"

#include "pipeline/OcrPipeline.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace vo::ui {
namespace {

constexpr int kWorkerNice = 10;

void lowerThisThread()
{
    // On Linux a thread's nice value is its own (setpriority with the thread ID); best effort.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    (void)::setpriority(PRIO_PROCESS, tid, kWorkerNice);
}

}  // namespace

OcrEngineFactory lowPriorityWorkers(OcrEngineFactory factory, const OcrSettings& settings)
{
    OcrEngineFactory inner = factory ? std::move(factory) : OcrPipeline::tesseractFactory(settings);
    return [inner]() {
        lowerThisThread();
        return inner();
    };
}

}  // namespace vo::ui
