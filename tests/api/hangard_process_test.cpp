// Starts the built hangard binary and talks to it like an operator would.
#include "api_test_support.h"
#include "old_database.h"
#include "store/schema.h"
#include "process_signal.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>

#ifdef HANGARD_BINARY

using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

quint16 freeTcpPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

QStringList arguments(const QTemporaryDir& dir, quint16 apiPort)
{
    return {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--coap"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--coaps"), QStringLiteral("off"),
            QStringLiteral("--api"), QStringLiteral("127.0.0.1:%1").arg(apiPort)};
}

/// Starts hangard and waits for its first line on stdout (or its end).
QByteArray startAndReadFirstLine(QProcess& daemon, const QStringList& arguments)
{
    daemon.start(QStringLiteral(HANGARD_BINARY), arguments);
    REQUIRE(daemon.waitForStarted(5000));
    QByteArray out;
    REQUIRE(waitUntil([&] {
        out += daemon.readAllStandardOutput();
        return out.contains('\n') || daemon.state() == QProcess::NotRunning;
    }, 20s));
    return out;
}

} // namespace

TEST_CASE("hangard prints one ready line, serves the API with its token and exits 0 on SIGTERM", "[api][hangard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const quint16 apiPort = freeTcpPort();
    QProcess daemon;
    const QByteArray out = startAndReadFirstLine(daemon, arguments(dir, apiPort));
    INFO(out.toStdString() << daemon.readAllStandardError().toStdString());
    const QString line = QString::fromUtf8(out).trimmed();
    CHECK(line.startsWith(u"hangard ready: coap 127.0.0.1:"));
    CHECK(line.contains(u"coaps off"));
    CHECK(line.contains(QStringLiteral("api http://127.0.0.1:%1").arg(apiPort)));
    CHECK(line.contains(dir.filePath(QStringLiteral("api-token"))));

    QFile tokenFile(dir.filePath(QStringLiteral("api-token")));
    REQUIRE(tokenFile.open(QIODevice::ReadOnly));
    ApiClient client(apiPort, tokenFile.readAll().trimmed());
    const HttpAnswer health = client.get(QStringLiteral("/api/v1/health"));
    CHECK(health.status == 200);
    CHECK(health.json()["status"].toString() == u"ok");
    CHECK(client.sendWith("GET", QStringLiteral("/api/v1/health"), {}, {}, {}).status == 401);

    hangar::test::signalProcess(daemon, SIGTERM);
    REQUIRE(daemon.waitForFinished(15000));
    CHECK(daemon.exitStatus() == QProcess::NormalExit);
    CHECK(daemon.exitCode() == 0);
}

TEST_CASE("hangard refuses bad flags with exit code 2 and a busy API port with exit code 1", "[api][hangard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess badFlag;
    badFlag.start(QStringLiteral(HANGARD_BINARY), {QStringLiteral("--coap"), QStringLiteral("nowhere")});
    REQUIRE(badFlag.waitForFinished(10000));
    CHECK(badFlag.exitCode() == 2);
    CHECK(badFlag.readAllStandardError().contains("--coap"));
    for (const char* window : {"0", "soon", "90000"}) {
        QProcess badWindow;
        badWindow.start(QStringLiteral(HANGARD_BINARY), {QStringLiteral("--awake-window"), QLatin1String(window)});
        REQUIRE(badWindow.waitForFinished(10000));
        CHECK(badWindow.exitCode() == 2);
        CHECK(badWindow.readAllStandardError().contains("--awake-window"));
    }

    QTcpServer busy;
    REQUIRE(busy.listen(QHostAddress::LocalHost, 0));
    QProcess clash;
    clash.start(QStringLiteral(HANGARD_BINARY), arguments(dir, busy.serverPort()));
    REQUIRE(clash.waitForFinished(15000));
    CHECK(clash.exitCode() == 1);
    const QByteArray error = clash.readAllStandardError();
    INFO(error.toStdString());
    CHECK(error.contains(QByteArray::number(busy.serverPort())));
    CHECK(clash.readAllStandardOutput().isEmpty());
}

TEST_CASE("hangard refuses plain CoAP off loopback without --allow-insecure-coap (exit 2)",
          "[api][hangard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString address = GENERATE(QStringLiteral("0.0.0.0:0"), QStringLiteral("[::]:0"));
    INFO(address.toStdString());
    QProcess daemon;
    daemon.start(QStringLiteral(HANGARD_BINARY),
                 {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--coap"), address,
                  QStringLiteral("--coaps"), QStringLiteral("off"), QStringLiteral("--api"),
                  QStringLiteral("off")});
    REQUIRE(daemon.waitForFinished(10000));
    CHECK(daemon.exitCode() == 2);
    const QByteArray error = daemon.readAllStandardError();
    INFO(error.toStdString());
    CHECK(error.contains("not loopback"));
    CHECK(error.contains("--allow-insecure-coap"));
    // The flag the message names is one hangard has.
    QProcess help;
    help.start(QStringLiteral(HANGARD_BINARY), {QStringLiteral("--help")});
    REQUIRE(help.waitForFinished(10000));
    CHECK(help.readAllStandardOutput().contains("--allow-insecure-coap"));
    CHECK(daemon.readAllStandardOutput().isEmpty());
}

TEST_CASE("hangard says it is upgrading an older database before it is ready", "[api][hangard]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    hangar::test::makeVersion3Database(dir.filePath(QStringLiteral("hangar.db")).toStdString(), 1000);
    QProcess daemon;
    const QByteArray out = startAndReadFirstLine(daemon, arguments(dir, freeTcpPort()));
    const QByteArray error = daemon.readAllStandardError();
    INFO(out.toStdString() << error.toStdString());
    CHECK(out.startsWith("hangard ready: "));
    CHECK(error.contains("upgrading the database from schema version 3 to "
                         + QByteArray::number(static_cast<qint64>(hangar::store::kSchemaVersion))));
    hangar::test::signalProcess(daemon, SIGTERM);
    REQUIRE(daemon.waitForFinished(15000));
    CHECK(daemon.exitCode() == 0);
    CHECK(hangar::test::queryNumber(dir.filePath(QStringLiteral("hangar.db")).toStdString(), "PRAGMA user_version") ==
          hangar::store::kSchemaVersion);
}

#endif
