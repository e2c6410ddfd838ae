#pragma once
// The canary scan of the privacy tests: which files hold a marker word — as UTF-8, as UTF-16LE
// (Qt and many formats store text that way) or inside any zlib/gzip stream (PNG, PDF, .gz,
// compressed caches). Needs zlib: link ZLIB::ZLIB with tests/common/CanaryScan.cpp.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vo::test {

QByteArray utf16le(const QString& s);

// Each marker as UTF-8 and as UTF-16LE.
QList<QByteArray> canaryNeedles(const QStringList& markers);

// zlib stream (78 01 / 78 5E / 78 9C / 78 DA) or gzip member (1F 8B 08) at `at`: its inflated
// bytes, at most `cap` of them; empty when nothing inflates there. `consumed` gets the input
// length of a stream that ended cleanly (checksum verified), else 0.
QByteArray inflateAt(const QByteArray& bytes, qsizetype at, qsizetype cap, qsizetype* consumed = nullptr);

// `bytes` holds one of `needles` as is, or inside a zlib/gzip stream that starts anywhere in it
// (each stream inflated up to 64 MiB; streams inside inflated streams up to `depth` levels).
bool containsCanary(const QByteArray& bytes, const QList<QByteArray>& needles, int depth = 3);

// Every regular file below `root` (symlinks, sockets, FIFOs and unreadable files skipped; files
// over 256 MiB too) whose bytes containsCanary(). Only files changed since `since` when it is
// valid (for the shared /tmp). Absolute paths, sorted.
QStringList filesContaining(const QString& root, const QList<QByteArray>& needles, const QDateTime& since = {});

}  // namespace vo::test
