#include "fleet_stats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace hangar::devicesim {
namespace {

QJsonObject countsJson(const FleetCounts& counts)
{
    const auto number = [](std::uint64_t value) { return static_cast<qint64>(value); };
    return QJsonObject{
        {QStringLiteral("devices"), number(counts.devices)},
        {QStringLiteral("started"), number(counts.started)},
        {QStringLiteral("registered"), number(counts.registered)},
        {QStringLiteral("online"), number(counts.online)},
        {QStringLiteral("requestsServed"), number(counts.requestsServed)},
        {QStringLiteral("notificationsSent"), number(counts.notificationsSent)},
        {QStringLiteral("retransmissions"), number(counts.retransmissions)},
        {QStringLiteral("errors"), number(counts.errors)},
        {QStringLiteral("deregistered"), number(counts.deregistered)},
        {QStringLiteral("versionFallbacks"), number(counts.versionFallbacks)},
    };
}

} // namespace

FleetCounts& FleetCounts::operator+=(const FleetCounts& other)
{
    devices += other.devices;
    started += other.started;
    registered += other.registered;
    online += other.online;
    requestsServed += other.requestsServed;
    notificationsSent += other.notificationsSent;
    retransmissions += other.retransmissions;
    errors += other.errors;
    deregistered += other.deregistered;
    versionFallbacks += other.versionFallbacks;
    return *this;
}

std::string formatStatsLine(const SimulatorStats& stats)
{
    const FleetCounts& total = stats.total;
    char ramp[64] = "";
    if (total.started < total.devices)
        std::snprintf(ramp, sizeof ramp, " (%llu started)", static_cast<unsigned long long>(total.started));
    char line[512];
    std::snprintf(line, sizeof line,
                  "[%.1fs] %llu/%llu registered%s, %llu online, %llu requests served, %llu notifications sent, "
                  "%llu retransmissions, %llu errors",
                  static_cast<double>(stats.elapsed.count()) / 1000.0,
                  static_cast<unsigned long long>(total.registered), static_cast<unsigned long long>(total.devices), ramp,
                  static_cast<unsigned long long>(total.online), static_cast<unsigned long long>(total.requestsServed),
                  static_cast<unsigned long long>(total.notificationsSent),
                  static_cast<unsigned long long>(total.retransmissions),
                  static_cast<unsigned long long>(total.errors));
    std::string text = line;
    if (total.versionFallbacks > 0)
        text += ", " + std::to_string(total.versionFallbacks) + " version fallbacks";
    return text;
}

QByteArray statsJson(const SimulatorStats& stats, bool final)
{
    QJsonObject object = countsJson(stats.total);
    object.insert(QStringLiteral("elapsedSec"), static_cast<double>(stats.elapsed.count()) / 1000.0);
    QJsonArray groups;
    for (const GroupStats& group : stats.groups) {
        QJsonObject entry = countsJson(group.counts);
        entry.insert(QStringLiteral("name"), QString::fromStdString(group.name));
        groups.append(entry);
    }
    object.insert(QStringLiteral("groups"), groups);
    if (final)
        object.insert(QStringLiteral("final"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace hangar::devicesim
