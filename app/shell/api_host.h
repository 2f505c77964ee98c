#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace hangar::engine {
class Engine;
}
namespace hangar::api {
class ApiServer;
}

namespace hangar::app {

/// The REST API inside the desktop app: the server, its admin token (<data-dir>/api-token) and
/// regeneration of that token. The server keeps its token for life, so a new token means a new
/// server on the same port; requests in flight at that moment are dropped.
class ApiHost : public QObject
{
    Q_OBJECT

public:
    ApiHost(engine::Engine& engine, QString dataDir, QObject* parent = nullptr);
    ~ApiHost() override;

    /// Loads (or creates) the token and listens on `address`:`port` (0 picks a free port).
    Expected<void> start(const QHostAddress& address, quint16 port);

    bool running() const { return m_server != nullptr; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QByteArray token() const { return m_token; }
    QString tokenPath() const;

    /// Writes a fresh token to the token file (atomically, mode 0600) and restarts the server on
    /// the same address and port with it; the old token stops working at once.
    Expected<void> regenerateToken();

Q_SIGNALS:
    void tokenChanged();

private:
    Expected<void> listen(const QHostAddress& address, quint16 port);

    engine::Engine& m_engine;
    QString m_dataDir;
    QByteArray m_token;
    QHostAddress m_address;
    quint16 m_port = 0;
    std::unique_ptr<api::ApiServer> m_server;
};

} // namespace hangar::app
