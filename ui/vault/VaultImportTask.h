#pragma once
// An import into the vault: the file is encrypted into the vault and recognised there
// (Vault::importFile) on the vault thread. A failed or cancelled import leaves nothing (the
// vault guarantees it); progress is per page, from a thin wrapper around the OCR engine.

#include "jobs/ImportTask.h"
#include "vault/VaultTypes.h"

#include <memory>

namespace vo::ui {

class VaultSession;

class VaultImportTask : public ImportTask {
    Q_OBJECT
public:
    VaultImportTask(QString placeholderId, VaultSession& session, QString path, ImportOptions options,
                    QObject* parent = nullptr);
    void start() override;
    void cancel() override;
    // The vault's ID for the new document, once finished successfully.
    const QString& storedId() const { return m_storedId; }

private:
    friend struct ImportProgress;
    void report(int pagesDone, int total, int percent);

    VaultSession& m_session;
    QString m_path;
    ImportOptions m_options;
    CancelToken m_cancel;
    QString m_storedId;
};

}  // namespace vo::ui
