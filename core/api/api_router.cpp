#include "api/api_router.h"

#include "lwm2m/endpoint_name.h"

namespace hangar::api {
namespace {

QStringList splitSegments(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParam(const QString& segment) { return segment.startsWith(u'{') && segment.endsWith(u'}'); }
bool isTail(const QString& segment) { return isParam(segment) && segment.endsWith(u"*}"); }

QString paramName(const QString& segment)
{
    const qsizetype trim = isTail(segment) ? 3 : 2;
    return segment.mid(1, segment.size() - trim);
}

/// The segment percent-decoded; clears `utf8` when the decoded bytes are not UTF-8 (QString
/// would turn them into U+FFFD, naming something else than the client asked for).
QString decoded(const QString& segment, bool& utf8)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(segment.toUtf8());
    if (!lwm2m::isValidUtf8(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))))
        utf8 = false;
    return QString::fromUtf8(bytes);
}

bool matchSegments(const QStringList& pattern, const QStringList& path,
                   std::map<QString, QString>& params, bool& utf8)
{
    qsizetype tailAt = -1;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isTail(pattern[i]))
            tailAt = i;
    }
    if (tailAt < 0 && pattern.size() != path.size())
        return false;
    if (tailAt >= 0 && path.size() < pattern.size())
        return false;

    const qsizetype tailLength = path.size() - pattern.size() + 1;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& want = pattern[i];
        if (i == tailAt) {
            QStringList parts;
            for (qsizetype k = 0; k < tailLength; ++k)
                parts << decoded(path[i + k], utf8);
            params[paramName(want)] = parts.join(u'/');
            continue;
        }
        const qsizetype at = (tailAt >= 0 && i > tailAt) ? path.size() - (pattern.size() - i) : i;
        const QString value = decoded(path[at], utf8);
        if (isParam(want)) {
            if (value.isEmpty())
                return false;
            params[paramName(want)] = value;
        } else if (want != path[at]) {
            return false;
        }
    }
    return true;
}

} // namespace

void ApiRouter::add(QByteArray method, QString pattern, RouteHandler handler)
{
    m_routes.push_back(Route{std::move(method), std::move(pattern), std::move(handler)});
}

RouteMatch ApiRouter::match(const QByteArray& method, const QString& encodedPath) const
{
    RouteMatch result;
    const QStringList path = splitSegments(encodedPath);
    for (const Route& route : m_routes) {
        std::map<QString, QString> params;
        bool utf8 = true;
        if (!matchSegments(splitSegments(route.pattern), path, params, utf8))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            result.paramsUtf8 = utf8;
            result.allowedMethods.clear();
            return result;
        }
        const QString name = QString::fromLatin1(route.method);
        if (!result.allowedMethods.contains(name))
            result.allowedMethods << name;
    }
    return result;
}

} // namespace hangar::api
