#include "api/listen_endpoint.h"

#include <QHostAddress>

namespace hangar::api {

QString ListenEndpoint::toString() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("%1:%2").arg(shownHost).arg(port);
}

Expected<std::optional<ListenEndpoint>> parseListenEndpoint(const QString& input)
{
    const QString text = input.trimmed();
    if (text.compare(u"off", Qt::CaseInsensitive) == 0)
        return std::optional<ListenEndpoint>();
    const auto bad = [&](const std::string& why) {
        return fail(ErrorCode::InvalidArgument,
                    "\"" + text.toStdString() + "\": " + why +
                        "; write HOST:PORT such as 127.0.0.1:5683 or [::1]:5683, or off");
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return bad("no HOST:PORT");
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad("the port must be a number from 0 to 65535");
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    if (QHostAddress(host).isNull())
        return bad("the host must be a numeric IPv4 or IPv6 address");
    return std::optional<ListenEndpoint>(ListenEndpoint{host, static_cast<std::uint16_t>(port)});
}

} // namespace hangar::api
