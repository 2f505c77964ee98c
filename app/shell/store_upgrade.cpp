#include "shell/store_upgrade.h"

#include "engine/local_engine.h"
#include "store/schema.h"
#include "store/sqlite_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

#include <atomic>
#include <thread>

namespace hangar::app {

StoreUpgrade upgradeStore(const QString& dataDir, QWidget* parent, std::chrono::milliseconds showAfter)
{
    using Outcome = StoreUpgrade::Outcome;
    const std::string path = engine::LocalEngine::storePath(dataDir.toStdString());
    const auto stored = store::storedSchemaVersion(path);
    if (!stored)
        return {Outcome::Failed, QString::fromStdString(stored.error().message)};
    // A new database is created at the current version; a newer one is refused by the engine,
    // which explains why.
    if (*stored <= 0 || *stored >= store::kSchemaVersion)
        return {};

    QProgressDialog dialog(QCoreApplication::translate("StoreUpgrade",
                                                       "Upgrading the device database to this version of Hangar…\n"
                                                       "This happens once; a large database can take a few minutes."),
                           QCoreApplication::translate("StoreUpgrade", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(QCoreApplication::translate("StoreUpgrade", "Hangar"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(static_cast<int>(showAfter.count()));
    dialog.setValue(0); // starts the wait before the dialog shows itself (Qt 6 waits for a first value)

    std::atomic<bool> cancel{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancel = true;
        dialog.setLabelText(QCoreApplication::translate("StoreUpgrade",
                                                        "Cancelling: the database stays as it was…"));
    });

    QEventLoop loop;
    StoreUpgrade result{Outcome::Upgraded, {}};
    std::thread worker([&] {
        store::SqliteStore::Options options;
        options.path = path;
        options.cancelMigration = &cancel;
        {
            // Opening migrates; the store closes again at the end of this block, leaving the
            // engine a current database.
            const auto opened = store::SqliteStore::open(options);
            if (!opened) {
                result.outcome = opened.error().code == ErrorCode::Cancelled ? Outcome::Cancelled : Outcome::Failed;
                result.error = QString::fromStdString(opened.error().message);
            }
        }
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    return result;
}

} // namespace hangar::app
