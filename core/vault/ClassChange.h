#pragma once
// Changing a stored document's sensitivity class (issue 3: "it can be changed per document").
//
// The class decides the retention, so by default the expiry is recomputed as if the document had
// been imported under the new class: created + the new class's retention (counted from import,
// not from now — a class change is not a way to extend a document's life), never later than the
// organisation's cap for the new class (VaultPolicy::maxRetentionSeconds). With KeepExpiry the
// current expiry stays, clamped to that cap only.
//
// A change whose resulting expiry has already passed is refused (Usage) and changes nothing:
// raising a 10-day-old document to "high" (7 days) would otherwise destroy it at the next purge
// without anyone having asked for a deletion. The message says so; the user can delete it now
// or keep its expiry. An expired document cannot be reclassified (Expired): it stays unopenable.
//
// Recorded in the audit trail as "class-change" with the new class and, in the detail byte, the
// old one.

#include "vault/VaultState.h"
#include "vault/VaultTypes.h"

namespace vo {

// The expiry the document would get; exposed for the GUI's preview and the tests.
QDateTime expiryAfterClassChange(const VaultState& state, const DocumentEntry& entry, SensitivityClass to,
                                 ClassChangeExpiry mode);

Result<void> changeSensitivity(VaultState& state, const QString& id, SensitivityClass to, ClassChangeExpiry mode);

}  // namespace vo
