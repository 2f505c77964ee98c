// hangard's event log limits, through its flags and the REST API.
#include "hangard_runner.h"
#include "store/sqlite_database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>

#ifdef HANGARD_BINARY

using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

/// Appends `count` "registered" events of the devices dev-0 … dev-9, one a millisecond up to now.
void appendRegisteredEvents(const QString& dataDir, int count)
{
    auto database =
        hangar::store::Database::open((dataDir + QStringLiteral("/hangar.db")).toStdString(),
                                      hangar::store::Database::Mode::ReadWrite)
            .value();
    const qint64 first = QDateTime::currentMSecsSinceEpoch() - count;
    REQUIRE(database->exec(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " +
        std::to_string(count - 1) +
        ") INSERT INTO events (time_ms, kind, endpoint, details_json) SELECT " +
        std::to_string(first) + " + i, 'registered', 'dev-' || (i % 10), '{}' FROM n"));
}

} // namespace

TEST_CASE(
    "hangard keeps the newest --event-max events and the dashboard counts and histories read them",
    "[api][hangard][retention]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    HangardProcess daemon(dir.path());
    REQUIRE(daemon.start());
    REQUIRE(daemon.stop(SIGTERM));
    appendRegisteredEvents(dir.path(), 3000);

    daemon.extraArguments = {QStringLiteral("--event-max"), QStringLiteral("500")};
    REQUIRE(daemon.start());
    // The newest are kept: once trimmed, the log ends with this start's own event.
    QJsonArray items;
    const bool trimmed = waitUntil(
        [&] {
            items = daemon.client->get(QStringLiteral("/api/v1/events?since=0&limit=1000"))
                        .json()[u"items"]
                        .toArray();
            return items.size() <= 500 && !items.isEmpty()
                   && items.last().toObject()[u"kind"].toString() == u"engine-started";
        },
        20s);
    INFO("events listed: " << items.size() << "; hangard said: " << daemon.output());
    REQUIRE(trimmed);
    CHECK(items.size() == 500);
    int registered = 0;
    int ofDev3 = 0;
    for (const auto& item : items) {
        const QJsonObject event = item.toObject();
        if (event[u"kind"].toString() == u"registered") {
            ++registered;
            ofDev3 += event[u"endpoint"].toString() == u"dev-3" ? 1 : 0;
        }
    }
    CHECK(registered >= 495);

    // Registrations over the last 24 hours count what is left.
    const HttpAnswer counts =
        daemon.client->get(QStringLiteral("/api/v1/events/counts?kind=registered"));
    REQUIRE(counts.status == 200);
    qint64 counted = 0;
    for (const auto& bucket : counts.json()[u"items"].toArray())
        counted += bucket.toObject()[u"count"].toInteger();
    CHECK(counted == registered);
    // A device's history is the part of its events that is left.
    const HttpAnswer history =
        daemon.client->get(QStringLiteral("/api/v1/events?endpoint=dev-3&limit=1000"));
    REQUIRE(history.status == 200);
    CHECK(history.json()[u"items"].toArray().size() == ofDev3);
    CHECK(daemon.stop(SIGTERM));
}

TEST_CASE("hangard refuses a bad --event-retention-days or --event-max with exit code 2",
          "[api][hangard][retention]")
{
    const auto [flag, value] = GENERATE(table<QString, QString>({
        {QStringLiteral("--event-retention-days"), QStringLiteral("-1")},
        {QStringLiteral("--event-retention-days"), QStringLiteral("a week")},
        {QStringLiteral("--event-retention-days"), QStringLiteral("36501")},
        {QStringLiteral("--event-max"), QStringLiteral("-5")},
        {QStringLiteral("--event-max"), QStringLiteral("1e6")},
    }));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess daemon;
    daemon.start(QStringLiteral(HANGARD_BINARY),
                 {QStringLiteral("--data-dir"), dir.path(), flag, value});
    REQUIRE(daemon.waitForFinished(10000));
    const QByteArray error = daemon.readAllStandardError();
    INFO(flag.toStdString() << " " << value.toStdString() << ": " << error.toStdString());
    CHECK(daemon.exitCode() == 2);
    CHECK(error.contains(flag.toUtf8()));
    CHECK(daemon.readAllStandardOutput().isEmpty());
}

#endif
