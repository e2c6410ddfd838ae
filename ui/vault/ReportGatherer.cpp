#include "vault/ReportGatherer.h"

#include "app/Background.h"
#include "crypto/KeychainStore.h"
#include "vault/VaultSession.h"

namespace vo::ui {
namespace {

void gatherWithoutKey(QObject* context, ReportSources sources, std::function<void(const DataPathReport&)> done)
{
    runInBackground<DataPathReport>(
        context, [sources] { return gatherDataPathReport(sources); },
        [done = std::move(done)](DataPathReport& report) { done(report); });
}

}  // namespace

void gatherReport(QObject* context, VaultSession* session, const QString& root, const DesktopFacts& desktop,
                  std::function<void(const DataPathReport&)> done)
{
    ReportSources sources;
    sources.vaultRoot = session ? session->root() : root;
    sources.desktop = desktop;
    if (session) {
        if (auto* keychain = dynamic_cast<KeychainStore*>(session->keychain().get()))
            sources.keychainService = keychain->service();
    }
    // The report is written in English by design (core/report/ReportDocument.h), so are these.
    if (!session || !session->isOpen()) {
        sources.notUnlockedReason = session ? QStringLiteral("the vault is locked") : QStringLiteral("the vault is off in this app");
        gatherWithoutKey(context, std::move(sources), std::move(done));
        return;
    }
    session->run<DataPathReport>(
        context,
        [sources](Vault& vault) -> Result<DataPathReport> {
            ReportSources withVault = sources;
            withVault.vault = &vault;
            return gatherDataPathReport(withVault);
        },
        [context, sources, done](Result<DataPathReport>& report) mutable {
            if (report) {
                done(report.value());
                return;
            }
            // Locked in the meantime: report what needs no key.
            sources.notUnlockedReason = QStringLiteral("the vault is locked");
            gatherWithoutKey(context, std::move(sources), std::move(done));
        });
}

}  // namespace vo::ui
