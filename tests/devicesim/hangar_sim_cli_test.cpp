#include "devicesim_test_support.h"
#include "process_signal.h"

#include "profiles/device_profile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <set>

#include <sys/stat.h>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs hangar-sim to its end while this thread's event loop keeps serving (a TestServer
/// lives on it).
Run runSim(const QStringList& arguments, std::chrono::milliseconds limit = 10000ms)
{
    QProcess process;
    process.start(QStringLiteral(HANGAR_SIM_BINARY), arguments);
    REQUIRE(process.waitForStarted(5000));
    const bool finished = waitFor([&] { return process.state() == QProcess::NotRunning; }, limit);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    REQUIRE(finished);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

QString serverUri(const TestServer& server)
{
    return QStringLiteral("coap://127.0.0.1:%1").arg(server.port);
}

} // namespace

TEST_CASE("hangar-sim exits 2 naming the file and field of a malformed scenario", "[hangar-sim]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.json"), R"({"server": "coap://127.0.0.1",
        "groups": [{"name": "a", "count": 1}, {"name": "b", "count": 2}, {"name": "c", "count": -3}]})");
    const Run run = runSim({QStringLiteral("--scenario"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("broken.json")));
    CHECK(run.err.contains(QStringLiteral("groups[2].count")));
    CHECK(run.err.contains(QStringLiteral("found -3")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("hangar-sim exits 2 with a clear message for bad flags", "[hangar-sim]")
{
    struct Case
    {
        QStringList arguments;
        QString says;
    };
    const std::vector<Case> cases = {
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--bogus")},
         QStringLiteral("bogus")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1")}, QStringLiteral("--count")},
        {{QStringLiteral("--count"), QStringLiteral("3")}, QStringLiteral("--server")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("0")},
         QStringLiteral("--count")},
        {{QStringLiteral("--server"), QStringLiteral("ftp://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("1")},
         QStringLiteral("--server")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("1"),
          QStringLiteral("--profile"), QStringLiteral("toaster")},
         QStringLiteral("--list-profiles")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("1"),
          QStringLiteral("--loss"), QStringLiteral("120")},
         QStringLiteral("--loss")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("1"),
          QStringLiteral("--psk-key"), QStringLiteral("0011")},
         QStringLiteral("coaps://")},
        {{QStringLiteral("--server"), QStringLiteral("coaps://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("1"),
          QStringLiteral("--psk-key"), QStringLiteral("0011"), QStringLiteral("--credentials-out"), QStringLiteral("x.csv")},
         QStringLiteral("exclude each other")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--scenario"),
          QStringLiteral("/nonexistent/plant.json")},
         QStringLiteral("/nonexistent/plant.json")},
        {{QStringLiteral("--server"), QStringLiteral("coap://127.0.0.1"), QStringLiteral("--count"), QStringLiteral("1"),
          QStringLiteral("--lwm2m-version"), QStringLiteral("2.0")},
         QStringLiteral("give 1.0, 1.1 or 1.2")},
    };
    for (const Case& bad : cases) {
        CAPTURE(bad.arguments.join(u' ').toStdString());
        const Run run = runSim(bad.arguments);
        CHECK(run.exitCode == 2);
        CAPTURE(run.err.toStdString());
        CHECK(run.err.contains(bad.says));
    }
    const Run help = runSim({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* flag : {"--server", "--count", "--profile", "--scenario", "--endpoint-prefix", "--psk-key",
                             "--credentials-out", "--duration", "--seed", "--loss", "--latency", "--stats-interval",
                             "--stats-json", "--list-profiles", "--lwm2m-version"}) {
        CAPTURE(flag);
        CHECK(help.out.contains(QLatin1String(flag)));
    }
}

TEST_CASE("hangar-sim --list-profiles lists every built-in profile with its description", "[hangar-sim]")
{
    const Run run = runSim({QStringLiteral("--list-profiles")});
    CHECK(run.exitCode == 0);
    REQUIRE_FALSE(builtinProfiles().empty());
    for (const DeviceProfile* profile : builtinProfiles()) {
        CAPTURE(profile->name);
        CHECK(run.out.contains(QString::fromStdString(profile->name)));
        CHECK(run.out.contains(QString::fromStdString(profile->description)));
    }
    CHECK(run.out.contains(QStringLiteral("mixed")));
}

TEST_CASE("hangar-sim runs a fleet, prints stats lines and de-registers on SIGINT", "[hangar-sim]")
{
    TestServer server;
    QProcess process;
    process.start(QStringLiteral(HANGAR_SIM_BINARY),
                  {QStringLiteral("--server"), serverUri(server), QStringLiteral("--count"), QStringLiteral("5"),
                   QStringLiteral("--endpoint-prefix"), QStringLiteral("cli-"), QStringLiteral("--stats-interval"),
                   QStringLiteral("0.2"), QStringLiteral("--stats-json"), QStringLiteral("--seed"), QStringLiteral("3")});
    REQUIRE(process.waitForStarted(5000));
    QByteArray out;
    const auto registered = [&] {
        std::size_t live = 0;
        for (const auto& [location, isLive] : server.live)
            live += isLive ? 1 : 0;
        return live;
    };
    REQUIRE(waitFor([&] { return registered() == 5; }, 10000ms));
    // Wait for a stats line that has seen them all.
    REQUIRE(waitFor([&] {
        out += process.readAllStandardOutput();
        return out.contains("\"online\":5");
    }, 5000ms));
    CHECK(server.queryValue(server.registers.front().query, "ep").starts_with("cli-"));

    hangar::test::signalProcess(process, SIGINT);
    REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }, 15000ms));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(server.deregistrations == 5);
    out += process.readAllStandardOutput();

    const QList<QByteArray> lines = out.trimmed().split('\n');
    REQUIRE(lines.size() >= 3);
    for (const QByteArray& line : lines) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        CAPTURE(line.toStdString());
        REQUIRE(document.isObject());
        for (const char* field : {"registered", "online", "requestsServed", "notificationsSent", "retransmissions",
                                  "errors"})
            CHECK(document.object().contains(QLatin1String(field)));
    }
    const QJsonObject last = QJsonDocument::fromJson(lines.back()).object();
    CHECK(last.value(QStringLiteral("final")).toBool());
    CHECK(last.value(QStringLiteral("registered")).toInt() == 5);
    CHECK(last.value(QStringLiteral("deregistered")).toInt() == 5);
}

TEST_CASE("hangar-sim prints human stats lines and stops by itself after --duration", "[hangar-sim]")
{
    TestServer server;
    const Run run = runSim({QStringLiteral("--server"), serverUri(server), QStringLiteral("--count"),
                            QStringLiteral("3"), QStringLiteral("--profile"), QStringLiteral("gateway"),
                            QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--stats-interval"),
                            QStringLiteral("0.5")},
                           15000ms);
    CHECK(run.exitCode == 0);
    CAPTURE(run.out.toStdString());
    CHECK(run.out.contains(QStringLiteral("3/3 registered, 3 online")));
    CHECK(run.out.contains(QStringLiteral("requests served")));
    CHECK(run.out.contains(QStringLiteral("(final)")));
    CHECK(server.registers.size() == 3);
    CHECK(server.deregistrations == 3);
}

TEST_CASE("hangar-sim --credentials-out writes a 0600 file in the credential import format", "[hangar-sim]")
{
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("fleet.csv"), QStringLiteral("fleet.jsonl")}) {
        CAPTURE(name.toStdString());
        const QString path = dir.filePath(name);
        // No server listens there: the devices never get through, the file is what counts.
        const Run run = runSim({QStringLiteral("--server"), QStringLiteral("coaps://127.0.0.1:9"),
                                QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--endpoint-prefix"),
                                QStringLiteral("keyed-"), QStringLiteral("--credentials-out"), path,
                                QStringLiteral("--duration"), QStringLiteral("1")},
                               15000ms);
        CHECK(run.exitCode == 0);
        struct stat info{};
        REQUIRE(::stat(path.toLocal8Bit().constData(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        if (name.endsWith(u".csv")) {
            REQUIRE(lines.size() == 5);
            CHECK(lines[0] == "endpoint,identity,key");
            const QList<QByteArray> fields = lines[1].split(',');
            REQUIRE(fields.size() == 3);
            CHECK(fields[0] == "keyed-0001");
            CHECK(fields[1] == "keyed-0001");
            CHECK(fields[2].size() == 32);
            CHECK(QByteArray::fromHex(fields[2]).toHex() == fields[2]);
        } else {
            REQUIRE(lines.size() == 4);
            const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
            CHECK(first.value(QStringLiteral("endpoint")).toString() == QStringLiteral("keyed-0001"));
            CHECK(first.value(QStringLiteral("identity")).toString() == QStringLiteral("keyed-0001"));
            CHECK(first.value(QStringLiteral("key")).toString().size() == 32);
        }
    }
}

TEST_CASE("hangar-sim runs the example scenario pointed at another server with --server", "[hangar-sim]")
{
    TestServer server;
    const Run run = runSim({QStringLiteral("--scenario"), QStringLiteral(HANGAR_SIM_EXAMPLES_DIR "/plant.json"),
                            QStringLiteral("--server"), serverUri(server), QStringLiteral("--duration"),
                            QStringLiteral("3"), QStringLiteral("--stats-interval"), QStringLiteral("1")},
                           20000ms);
    CHECK(run.exitCode == 0);
    CAPTURE(run.err.toStdString());
    std::set<std::string> endpoints;
    for (const SeenRegistration& seen : server.registers)
        endpoints.insert(server.queryValue(seen.query, "ep"));
    CHECK(endpoints.contains("plant3-climate-0001"));
    CHECK(endpoints.contains("plant3-climate-0040"));
    CHECK(endpoints.contains("plant3-dev-10"));
    CHECK_FALSE(endpoints.contains("plant3-meter-001")); // PSK on coaps://, where nothing listens
    CHECK(run.out.contains(QStringLiteral("(final)")));
}

TEST_CASE("hangar-sim --lwm2m-version 1.2 against a strict 1.1 server steps down to 1.1 and says so",
          "[hangar-sim]")
{
    TestServer server;
    server.gate = strictLwm2m11;
    const Run run = runSim({QStringLiteral("--server"), serverUri(server), QStringLiteral("--count"),
                            QStringLiteral("2"), QStringLiteral("--profile"), QStringLiteral("temperature-humidity"),
                            QStringLiteral("--lwm2m-version"), QStringLiteral("1.2"), QStringLiteral("--duration"),
                            QStringLiteral("1")},
                           15000ms);
    CHECK(run.exitCode == 0);
    CAPTURE(run.err.toStdString(), run.out.toStdString());
    CHECK(run.err.contains(
        QStringLiteral("hangar-sim-0001: server refused LwM2M 1.2 (4.00), registering as 1.1")));
    CHECK(run.err.contains(
        QStringLiteral("hangar-sim-0002: server refused LwM2M 1.2 (4.00), registering as 1.1")));
    CHECK(run.out.contains(QStringLiteral("2/2 registered")));
    CHECK(run.out.contains(QStringLiteral(", 2 version fallbacks (final)")));
    CHECK(server.refused.size() == 2);
    REQUIRE(server.registers.size() == 2);
    for (const SeenRegistration& seen : server.registers)
        CHECK(server.queryValue(seen.query, "lwm2m") == "1.1");
}
