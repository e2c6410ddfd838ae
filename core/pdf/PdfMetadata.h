#pragma once
// Document-level metadata in the forms PDF/A asks for: an XMP packet that agrees with the
// document information dictionary, and the sRGB ICC profile of the output intent.

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace vo {

// The document information entries that have an XMP counterpart, as text (UTF-8 decoded):
// Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate (PDF date strings).
using DocumentInfo = std::map<QString, QString>;

// An XMP packet (UTF-8, uncompressed as PDF/A requires) with pdfaid part 2 / conformance B when
// `pdfa`, and each entry of `info` under its XMP name. Dates that cannot be read are left out;
// xmpRepresentable() tells the caller which to drop from the information dictionary too.
QByteArray xmpPacket(const DocumentInfo& info, bool pdfa);
bool xmpRepresentable(const QString& key, const QString& value);

// "D:20240131120000+01'00'" → "2024-01-31T12:00:00+01:00"; nullopt if it is not a PDF date.
std::optional<QString> xmpDateFromPdfDate(const QString& pdfDate);

// A small sRGB (IEC 61966-2.1) display profile, ICC version 2.1, made here rather than copied
// from a file: D50-adapted primaries and a 1024-entry tone curve. Same bytes every call.
const QByteArray& srgbIccProfile();

// The producer string every VaultOCR PDF carries (and nothing else identifying).
QString vaultocrProducer();

}  // namespace vo
