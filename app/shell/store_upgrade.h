#pragma once

#include <QString>

#include <chrono>

class QWidget;

namespace hangar::app {

struct StoreUpgrade
{
    enum class Outcome { NotNeeded, Upgraded, Failed, Cancelled };
    Outcome outcome = Outcome::NotNeeded;
    QString error; ///< why it failed or what cancelling left (untranslated engine text)
};

/// Brings an older database in `dataDir` to this build's schema before the engine starts: on a
/// worker thread, with a busy dialog (shown after `showAfter`) whose Cancel rolls the running
/// step back and leaves the file as it was. A new or current database needs nothing. The GUI
/// thread keeps running its event loop throughout; this returns when the upgrade has ended.
StoreUpgrade upgradeStore(const QString& dataDir, QWidget* parent = nullptr,
                          std::chrono::milliseconds showAfter = std::chrono::milliseconds(400));

} // namespace hangar::app
