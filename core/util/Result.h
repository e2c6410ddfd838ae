#pragma once
// The one error style at every core boundary: functions return Result<T>, a value or an Error.
// Third-party exceptions are caught at the wrapper that calls the library and turned into an
// Error here; nothing above the wrapper throws.

#include <QString>

#include <utility>
#include <variant>

namespace vo {

// Each code maps to one documented process exit code (see exitCodeFor()).
enum class ErrorCode {
    Internal,           // a bug or an unexpected library failure
    Usage,              // bad command line or bad option value
    InputUnreadable,    // missing, empty, corrupt, unsupported or over a safety limit
    LanguageMissing,    // a tesseract language pack is not installed
    OutputNotWritable,  // cannot create, write or commit the output
    Cancelled,          // the user cancelled (Ctrl-C, Cancel button)
    VaultUnavailable,   // no vault, or the vault is locked by another process
    AuthFailed,         // wrong passphrase, missing keychain entry, unreachable keychain
    Integrity,          // authentication of vault data failed: tampered or corrupt
    NotFound,           // no such document
    Expired,            // the document's retention period has passed
    PolicyForbids,      // the organisation's policy forbids this
    PolicyInvalid,      // the organisation's policy file is malformed: fail closed
};

int exitCodeFor(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  // one line, translated, safe to show: never document text or key material
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

}  // namespace vo
