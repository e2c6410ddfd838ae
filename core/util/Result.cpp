#include "util/Result.h"

namespace vo {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return 2;
    case ErrorCode::InputUnreadable: return 3;
    case ErrorCode::LanguageMissing: return 4;
    case ErrorCode::OutputNotWritable: return 5;
    case ErrorCode::VaultUnavailable: return 6;
    case ErrorCode::AuthFailed: return 7;
    case ErrorCode::Integrity: return 8;
    case ErrorCode::NotFound: return 9;
    case ErrorCode::Expired: return 10;
    case ErrorCode::PolicyForbids: return 11;
    case ErrorCode::PolicyInvalid: return 12;
    case ErrorCode::Cancelled: return 130;
    case ErrorCode::Internal: break;
    }
    return 1;
}

}  // namespace vo
