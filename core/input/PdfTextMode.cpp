#include "input/PdfTextMode.h"

namespace vo {

std::optional<PdfTextMode> parsePdfTextMode(const QString& name)
{
    if (name == QLatin1String("skip"))
        return PdfTextMode::Skip;
    if (name == QLatin1String("redo"))
        return PdfTextMode::Redo;
    if (name == QLatin1String("force"))
        return PdfTextMode::Force;
    return std::nullopt;
}

}  // namespace vo
