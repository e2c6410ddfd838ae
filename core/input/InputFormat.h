#pragma once

#include <QByteArray>
#include <QString>

namespace vo {

enum class InputFormat { Unknown, Png, Jpeg, Tiff, Pdf };

// By content (magic bytes), never by file name extension.
InputFormat sniffInputFormat(const QByteArray& head);
QString inputFormatName(InputFormat f);

}  // namespace vo
