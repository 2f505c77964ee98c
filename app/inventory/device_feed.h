#pragma once

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace hangar::app {

class AppServices;
class DeviceTableModel;

/// Keeps a DeviceTableModel in step with the engine: loads every device in pages off the GUI
/// thread, then follows Engine::devicesChanged, fetching the changed devices off the GUI thread
/// and handing them to the model as row updates. Each fetch is numbered, so an older answer
/// never overwrites a newer one.
///
/// devicesChanged can arrive before the store has committed the change (the engine signals
/// when it enqueues the write), so every changed device is fetched once more a little later.
class DeviceFeed : public QObject
{
    Q_OBJECT

public:
    DeviceFeed(AppServices& services, DeviceTableModel& model, QObject* parent = nullptr);

    /// Loads every device again (pages of `pageSize`); devices that are gone are removed at the
    /// end. A load already running is cancelled first.
    void reload();
    /// Stops a running load (the rows loaded so far stay).
    void cancelLoad();
    bool loading() const { return m_loading; }
    /// Devices per page (default 5,000).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

Q_SIGNALS:
    /// `loaded` of `total` devices are in the model.
    void loadProgress(int loaded, int total);
    /// The load ended: complete, cancelled, or failed with `error` (translated).
    void loadFinished(bool complete, const QString& error);
    /// A batch of changes reached the model (tests wait on this).
    void changesApplied();

private:
    void requestPage(int offset);
    void onDevicesChanged(const std::vector<std::string>& endpoints);
    void fetchPending();

    AppServices& m_services;
    DeviceTableModel& m_model;
    int m_pageSize = 5000;
    bool m_loading = false;
    std::uint64_t m_loadGeneration = 0;
    std::uint64_t m_loadStartSeq = 0;
    std::uint64_t m_nextSeq = 1;
    std::set<std::string> m_pending; ///< changed; fetched again later
    std::set<std::string> m_recheck; ///< the later second fetch
    bool m_fetching = false;
    QTimer m_settle;
};

} // namespace hangar::app
