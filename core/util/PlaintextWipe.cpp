#include "util/PlaintextWipe.h"

#include <sodium.h>

namespace vo {

// The buffer is written through the const pointer on purpose (see the header): detaching first
// would zero a private copy and leave every other holder's characters in place.
void wipeText(const QString& text)
{
    if (text.isEmpty() || !text.data_ptr().isMutable())
        return;
    sodium_memzero(const_cast<QChar*>(text.constData()), size_t(text.size()) * sizeof(QChar));
}

}  // namespace vo
