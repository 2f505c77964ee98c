#include "scenario/server_uri.h"

#include <QUrl>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <array>

namespace hangar::devicesim {
namespace {

Error badUri(std::string_view uri, const std::string& why)
{
    return Error(ErrorCode::InvalidArgument,
                 "server URI \"" + std::string(uri) + "\": " + why +
                     "; use coap://HOST[:PORT] or coaps://HOST[:PORT], e.g. coap://127.0.0.1:5683");
}

} // namespace

bool isNumericAddress(const std::string& address)
{
    in6_addr v6{};
    in_addr v4{};
    return ::inet_pton(AF_INET, address.c_str(), &v4) == 1 || ::inet_pton(AF_INET6, address.c_str(), &v6) == 1;
}

Expected<ServerAddress> parseServerUri(std::string_view uri)
{
    if (uri.empty())
        return std::unexpected(badUri(uri, "it is empty"));
    const QUrl url(QString::fromUtf8(uri.data(), static_cast<qsizetype>(uri.size())), QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(badUri(uri, url.errorString().toStdString()));
    ServerAddress server;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"coaps")
        server.secure = true;
    else if (scheme != u"coap")
        return std::unexpected(badUri(uri, scheme.isEmpty() ? "it has no scheme"
                                                            : "scheme \"" + scheme.toStdString() +
                                                                  "\" is not coap or coaps"));
    if (url.host().isEmpty())
        return std::unexpected(badUri(uri, "it names no host"));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !(url.path().isEmpty() || url.path() == u"/"))
        return std::unexpected(badUri(uri, "only a scheme, a host and a port are allowed"));
    server.host = url.host().toStdString();
    const int port = url.port(server.secure ? 5684 : 5683);
    if (port <= 0 || port > 65535)
        return std::unexpected(badUri(uri, "the port must be 1 to 65535"));
    server.port = static_cast<std::uint16_t>(port);
    if (isNumericAddress(server.host))
        server.address = server.host;
    return server;
}

Expected<void> resolveServer(ServerAddress& server)
{
    if (isNumericAddress(server.host)) {
        server.address = server.host;
        return {};
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* found = nullptr;
    const int status = ::getaddrinfo(server.host.c_str(), nullptr, &hints, &found);
    if (status != 0 || found == nullptr)
        return fail(ErrorCode::NotFound, "cannot resolve the server host \"" + server.host +
                                             "\" (" + ::gai_strerror(status) +
                                             "); check the name or give a numeric address");
    // Prefer IPv4: a name that has both is most often reached that way on test networks.
    const addrinfo* chosen = found;
    for (const addrinfo* entry = found; entry != nullptr; entry = entry->ai_next) {
        if (entry->ai_family == AF_INET) {
            chosen = entry;
            break;
        }
    }
    std::array<char, INET6_ADDRSTRLEN> text{};
    const void* raw = chosen->ai_family == AF_INET
                          ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(chosen->ai_addr)->sin_addr)
                          : static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(chosen->ai_addr)->sin6_addr);
    const bool converted = ::inet_ntop(chosen->ai_family, raw, text.data(), text.size()) != nullptr;
    ::freeaddrinfo(found);
    if (!converted)
        return fail(ErrorCode::IoFailure, "cannot format the address of \"" + server.host + "\"");
    server.address = text.data();
    return {};
}

Expected<void> resolveServers(FleetSpec& spec)
{
    if (spec.server) {
        if (auto resolved = resolveServer(*spec.server); !resolved)
            return resolved;
    }
    for (GroupSpec& group : spec.groups) {
        if (!group.server)
            continue;
        if (auto resolved = resolveServer(*group.server); !resolved)
            return resolved;
    }
    return {};
}

} // namespace hangar::devicesim
