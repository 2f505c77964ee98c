#include "shell/store_upgrade.h"

#include "engine/local_engine.h"
#include "store/schema.h"

#include "event_loop_wait.h"
#include "old_database.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;

namespace {

std::string storeIn(const QTemporaryDir& dir)
{
    return engine::LocalEngine::storePath(dir.path().toStdString());
}

QProgressDialog* shownUpgradeDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QProgressDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a new or current database needs no upgrade and shows nothing", "[app][upgrade]")
{
    QTemporaryDir dir;
    CHECK(upgradeStore(dir.path()).outcome == StoreUpgrade::Outcome::NotNeeded);
    CHECK_FALSE(QFile::exists(QString::fromStdString(storeIn(dir)))); // the engine creates it
    store::SqliteStore::open({storeIn(dir), {}}).value().reset();
    CHECK(upgradeStore(dir.path()).outcome == StoreUpgrade::Outcome::NotNeeded);
}

TEST_CASE("an older database is upgraded off the GUI thread behind a dialog", "[app][upgrade]")
{
    QTemporaryDir dir;
    hangar::test::makeVersion3Database(storeIn(dir), 200'000);
    int ticks = 0;
    bool dialogShown = false;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        ++ticks;
        dialogShown = dialogShown || shownUpgradeDialog() != nullptr;
    });
    heartbeat.start(1);
    const StoreUpgrade upgrade = upgradeStore(dir.path(), nullptr, 0ms);
    INFO(upgrade.error.toStdString());
    CHECK(upgrade.outcome == StoreUpgrade::Outcome::Upgraded);
    CHECK(ticks > 0); // the event loop ran while the database was migrated
    CHECK(dialogShown);
    CHECK(shownUpgradeDialog() == nullptr);
    CHECK(hangar::test::queryNumber(storeIn(dir), "PRAGMA user_version") == store::kSchemaVersion);
    CHECK(hangar::test::queryNumber(storeIn(dir), "SELECT count(*) FROM samples") == 200'000);
}

TEST_CASE("Cancel in the upgrade dialog leaves the database as it was", "[app][upgrade]")
{
    QTemporaryDir dir;
    hangar::test::makeVersion3Database(storeIn(dir), 400'000);
    QTimer clicker;
    bool clicked = false;
    QObject::connect(&clicker, &QTimer::timeout, [&] {
        QProgressDialog* dialog = shownUpgradeDialog();
        if (dialog == nullptr || clicked)
            return;
        if (auto* cancel = dialog->findChild<QPushButton*>()) {
            cancel->click();
            clicked = true;
        }
    });
    clicker.start(1);
    const StoreUpgrade upgrade = upgradeStore(dir.path(), nullptr, 0ms);
    REQUIRE(clicked);
    CHECK(upgrade.outcome == StoreUpgrade::Outcome::Cancelled);
    CHECK(upgrade.error.contains(QStringLiteral("stays at schema version 3")));
    CHECK(hangar::test::queryNumber(storeIn(dir), "PRAGMA user_version") == 3);
    CHECK(hangar::test::queryNumber(storeIn(dir), "SELECT count(*) FROM samples") == 400'000);

    // The next start upgrades it.
    clicker.stop();
    CHECK(upgradeStore(dir.path(), nullptr, 0ms).outcome == StoreUpgrade::Outcome::Upgraded);
    CHECK(hangar::test::queryNumber(storeIn(dir), "PRAGMA user_version") == store::kSchemaVersion);
}
