#include "crypto/PassphraseKdf.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace vo {
namespace {

static_assert(kKdfSaltBytes == crypto_pwhash_SALTBYTES);

QString tr(const char* s) { return QCoreApplication::translate("PassphraseKdf", s); }

// Upper bounds protect against a tampered vault header asking for absurd work or memory.
constexpr quint64 kMaxOpsLimit = 64;
constexpr quint64 kMaxMemLimit = quint64(4) << 30;  // 4 GiB

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() { if (m_fd >= 0) ::close(m_fd); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Turns echo off for its lifetime and restores the terminal exactly as it was.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) != 0)
            return;
        termios t = m_saved;
        t.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK);
        t.c_lflag |= ECHONL;  // still echo the newline so the next output starts on its own line
        m_active = ::tcsetattr(fd, TCSAFLUSH, &t) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved {};
    bool m_active = false;
};

void writeAll(int fd, const QByteArray& text)
{
    const char* p = text.constData();
    qsizetype left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

volatile std::sig_atomic_t g_caughtSignal = 0;
void onSignal(int sig) { g_caughtSignal = sig; }

// While the prompt is up, Ctrl-C (and TERM/HUP/QUIT) must not kill the process with echo still
// off. The handler only records the signal; the read loop polls for it, so it works whichever
// thread the signal lands on. The previous dispositions are restored on destruction.
class SignalGuard {
public:
    SignalGuard()
    {
        g_caughtSignal = 0;
        struct sigaction sa {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        for (size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &sa, &m_old[i]);
    }
    ~SignalGuard()
    {
        for (size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &m_old[i], nullptr);
    }
    SignalGuard(const SignalGuard&) = delete;
    SignalGuard& operator=(const SignalGuard&) = delete;
    static int caught() { return g_caughtSignal; }

private:
    static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_old[std::size(kSignals)] {};
};

// Reads one line byte by byte straight into secure memory; the newline is not stored.
Result<SecureBuffer> readLine(int fd)
{
    SecureBuffer buf(kMaxPassphraseBytes);
    size_t len = 0;
    for (;;) {
        if (SignalGuard::caught())
            return makeError(ErrorCode::Cancelled, tr("Cancelled"));
        pollfd p {fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 200);
        if (ready < 0 && errno != EINTR)
            return makeError(ErrorCode::AuthFailed, tr("cannot read the passphrase from the terminal"));
        if (ready <= 0)
            continue;
        unsigned char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            return makeError(ErrorCode::AuthFailed, tr("cannot read the passphrase from the terminal"));
        if (n == 0 || c == '\n' || c == '\r')
            break;
        if (len == buf.size())
            return makeError(ErrorCode::Usage, tr("the passphrase is too long (more than %1 bytes)").arg(kMaxPassphraseBytes));
        buf.data()[len++] = c;
        c = 0;
    }
    if (len == 0)
        return makeError(ErrorCode::Usage, tr("the passphrase is empty"));
    return buf.left(len);
}

Result<SecureBuffer> promptOnTerminal(int tty, const QString& prompt, bool confirm)
{
    EchoOff echoOff(tty);
    writeAll(tty, prompt.toLocal8Bit());
    auto first = readLine(tty);
    if (!first || !confirm)
        return first;
    writeAll(tty, tr("Repeat the passphrase: ").toLocal8Bit());
    auto second = readLine(tty);
    if (!second)
        return second;
    if (!first->equals(second.value()))
        return makeError(ErrorCode::Usage, tr("the passphrases do not match"));
    return first;
}

}  // namespace

KdfParams KdfParams::moderate()
{
    KdfParams p;
    p.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
    p.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    p.salt = QByteArray(qsizetype(kKdfSaltBytes), Qt::Uninitialized);
    if (!ensureSodium())
        qFatal("libsodium failed to initialise");
    randombytes_buf(p.salt.data(), kKdfSaltBytes);
    return p;
}

Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase, const KdfParams& params)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("libsodium failed to initialise"));
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MODERATE || params.memLimit < crypto_pwhash_MEMLIMIT_MODERATE)
        return makeError(ErrorCode::Usage, tr("the key derivation parameters are too weak (below Argon2id MODERATE)"));
    if (params.opsLimit > kMaxOpsLimit || params.memLimit > kMaxMemLimit)
        return makeError(ErrorCode::Usage, tr("the key derivation parameters are out of range"));
    if (size_t(params.salt.size()) != kKdfSaltBytes)
        return makeError(ErrorCode::Usage, tr("the key derivation salt must be %1 bytes").arg(kKdfSaltBytes));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Usage, tr("the passphrase is empty"));
    SecureBuffer key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(ErrorCode::Internal, tr("key derivation failed: not enough memory"));
    }
    return key;
}

Result<SecureBuffer> readPassphraseFromTerminal(const QString& prompt, bool confirm)
{
    Fd tty(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (tty.get() < 0)
        return makeError(ErrorCode::AuthFailed, tr("no terminal to read the passphrase from; use --passphrase-file"));
    int caught = 0;
    auto result = [&] {
        SignalGuard guard;
        auto r = promptOnTerminal(tty.get(), prompt, confirm);  // echo is back on when this returns
        caught = SignalGuard::caught();
        return r;
    }();
    if (caught != 0) {
        // Deliver the signal as if we had never intercepted it: the default action, or the
        // application's own handler, now runs with the terminal restored.
        ::raise(caught);
        return makeError(ErrorCode::Cancelled, tr("Cancelled"));
    }
    return result;
}

Result<SecureBuffer> readPassphraseFromFile(const QString& path)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return makeError(ErrorCode::Usage, tr("cannot open the passphrase file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    // One byte more than allowed (plus a newline) tells "too long" apart from "exactly at the limit".
    SecureBuffer buf(kMaxPassphraseBytes + 2);
    size_t len = 0;
    while (len < buf.size()) {
        const ssize_t n = ::read(fd.get(), buf.data() + len, buf.size() - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::Usage, tr("cannot read the passphrase file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        len += size_t(n);
    }
    if (len > 0 && buf.data()[len - 1] == '\n') {
        --len;
        if (len > 0 && buf.data()[len - 1] == '\r')  // a file saved with Windows line endings
            --len;
    }
    if (len == 0)
        return makeError(ErrorCode::Usage, tr("the passphrase file is empty"));
    if (len > kMaxPassphraseBytes)
        return makeError(ErrorCode::Usage, tr("the passphrase is too long (more than %1 bytes)").arg(kMaxPassphraseBytes));
    return buf.left(len);
}

}  // namespace vo
