#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

namespace hangar::engine {

/// Coalesces "device changed" notes into one callback at most every `interval`.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using Flush = std::function<void(std::vector<std::string> endpoints)>;

    ChangeNotifier(std::chrono::milliseconds interval, Flush flush, QObject* parent = nullptr);

    void changed(const std::string& endpoint);

private:
    void emitPending();

    Flush m_flush;
    std::unordered_set<std::string> m_pending;
    QTimer m_timer;
};

} // namespace hangar::engine
