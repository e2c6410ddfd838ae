#include "vault/ClassChange.h"

#include <QCoreApplication>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("ClassChange", s); }

}  // namespace

QDateTime expiryAfterClassChange(const VaultState& s, const DocumentEntry& e, SensitivityClass to,
                                 ClassChangeExpiry mode)
{
    QDateTime expires = mode == ClassChangeExpiry::Keep ? e.expires
                                                        : e.created.addSecs(s.index.retention.retentionSeconds(to));
    if (s.policy) {
        if (const auto cap = s.policy->maxRetentionSeconds(to); cap && expires > e.created.addSecs(*cap))
            expires = e.created.addSecs(*cap);
    }
    return expires.toUTC();
}

Result<void> changeSensitivity(VaultState& s, const QString& id, SensitivityClass to, ClassChangeExpiry mode)
{
    if (auto w = s.requireWritable(); !w)
        return w;
    auto current = s.accessible(id);  // NotFound, or Expired: an expired document stays untouchable
    if (!current)
        return current.error();
    const QDateTime expires = expiryAfterClassChange(s, *current.value(), to, mode);
    if (expires <= QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::Usage,
                         tr("under the class %1 document %2 would already have expired (%3); nothing was changed. "
                            "Delete it now, or keep its current expiry")
                             .arg(sensitivityClassName(to), id, expires.toString(Qt::ISODate)));
    VaultIndex next = s.index;
    DocumentEntry* e = next.find(id);
    const SensitivityClass from = e->sensitivity;
    e->sensitivity = to;
    e->expires = expires;
    const DocumentEntry copy = *e;
    if (auto c = s.commit(std::move(next)); !c)
        return c;
    s.record(AuditAction::ClassChanged, copy.id, copy.sensitivity, copy.pages, quint8(from));
    return {};
}

}  // namespace vo
