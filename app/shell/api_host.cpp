#include "shell/api_host.h"

#include "api/api_server.h"
#include "api/api_token.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace hangar::app {

ApiHost::ApiHost(engine::Engine& engine, QString dataDir, QObject* parent)
    : QObject(parent), m_engine(engine), m_dataDir(std::move(dataDir))
{
}

ApiHost::~ApiHost() = default;

QString ApiHost::tokenPath() const { return api::apiTokenPath(m_dataDir); }

Expected<void> ApiHost::start(const QHostAddress& address, quint16 port)
{
    auto token = api::loadOrCreateApiToken(m_dataDir);
    if (!token)
        return std::unexpected(token.error());
    m_token = *token;
    auto server = std::make_unique<api::ApiServer>(m_engine, api::Authenticator(m_token));
    const auto bound = server->listenOn(address, port);
    if (!bound)
        return std::unexpected(bound.error());
    m_server = std::move(server);
    m_address = address;
    m_port = *bound;
    return {};
}

Expected<void> ApiHost::regenerateToken()
{
    // The token code creates a file only where none exists (O_EXCL, 0600): let it create one in
    // a fresh directory beside the real file, then rename it over the old one atomically.
    QTemporaryDir scratch(QDir(m_dataDir).filePath(QStringLiteral(".api-token-XXXXXX")));
    if (!scratch.isValid())
        return fail(ErrorCode::IoFailure, "cannot create a temporary directory in " +
                                              m_dataDir.toStdString() +
                                              " for the new API token; check that it is writable");
    auto token = api::loadOrCreateApiToken(scratch.path());
    if (!token)
        return std::unexpected(token.error());
    const QString fresh = api::apiTokenPath(scratch.path());
    if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(tokenPath()).constData()) != 0)
        return fail(ErrorCode::IoFailure, "cannot replace the API token file " +
                                              tokenPath().toStdString() +
                                              "; check the data dir's permissions");
    m_token = *token;
    if (m_server)
        m_server->setAuthenticator(api::Authenticator(m_token));
    Q_EMIT tokenChanged();
    return {};
}

} // namespace hangar::app
