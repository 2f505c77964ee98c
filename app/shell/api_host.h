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
/// regeneration of that token. A new token is swapped into the running server: the port stays
/// open and requests in flight complete.
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

    /// Writes a fresh token to the token file (atomically, mode 0600) and hands it to the running
    /// server; the old token is refused (401) from then on, requests already accepted complete
    /// and the listening port stays the same.
    Expected<void> regenerateToken();

Q_SIGNALS:
    void tokenChanged();

private:
    engine::Engine& m_engine;
    QString m_dataDir;
    QByteArray m_token;
    QHostAddress m_address;
    quint16 m_port = 0;
    std::unique_ptr<api::ApiServer> m_server;
};

} // namespace hangar::app
