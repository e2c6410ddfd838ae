#pragma once
// The libraries this build runs on, with the versions loaded at run time (not the headers'):
// what Help → About, `vaultocr doctor` and the data-path report show.

#include <QList>
#include <QString>

namespace vo {

struct LibraryVersion {
    QString name;
    QString version;
};

QList<LibraryVersion> libraryVersions();

}  // namespace vo
