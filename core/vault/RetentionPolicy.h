#pragma once
// How long documents are kept: a default retention per sensitivity class (90/30/7 days, editable;
// stored inside the encrypted index, so the vault's settings reveal nothing on disk) and the
// parser for `--expires-in 30m|12h|7d`.

#include "util/Result.h"
#include "vault/SensitivityClass.h"

#include <QDateTime>

#include <array>

namespace vo {

constexpr qint64 kSecondsPerDay = 24 * 3600;
// Longest retention accepted anywhere: keeps date arithmetic far from overflow.
constexpr qint64 kMaxRetentionSeconds = 100 * 366 * kSecondsPerDay;

class RetentionSettings {
public:
    qint64 retentionSeconds(SensitivityClass c) const { return m_seconds[size_t(c)]; }
    // Usage error unless 1 s <= seconds <= kMaxRetentionSeconds.
    Result<void> setRetentionSeconds(SensitivityClass c, qint64 seconds);
    bool operator==(const RetentionSettings&) const = default;

private:
    std::array<qint64, 3> m_seconds{90 * kSecondsPerDay, 30 * kSecondsPerDay, 7 * kSecondsPerDay};
};

// "45s", "30m", "12h", "7d" (a positive integer and one unit). Anything else → Usage.
Result<qint64> parseRetentionDuration(const QString& text);

}  // namespace vo
