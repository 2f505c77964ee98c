// Closing and reopening the desktop app keeps the fleet: the real hangar binary (offscreen)
// stopped the way the desktop stops it and started again on the same data dir and port.
#include "event_loop_wait.h"
#include "process_signal.h"

#include "coap/coap_context.h"
#include "device_fleet.h"
#include "lwm2m/ddf_loader.h"
#include "simulated_device.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <catch2/catch.hpp>

#include <csignal>

#ifdef HANGAR_BINARY

using namespace hangar;
using namespace std::chrono_literals;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

Answer get(quint16 port, const QByteArray& token, const QString& path)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = network.get(request);
    test::waitFor([reply] { return reply->isFinished(); }, 10s);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

/// The desktop app on offscreen, with its settings and data in `home`, on fixed ports.
class DesktopApp
{
public:
    DesktopApp(const QTemporaryDir& home, std::uint16_t coapPort, quint16 apiPort)
        : m_dataDir(home.filePath(QStringLiteral("data"))), m_apiPort(apiPort)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        m_process.setProcessEnvironment(environment);
        m_arguments = {QStringLiteral("--data-dir"), m_dataDir,
                       QStringLiteral("--coap"),     QStringLiteral("127.0.0.1:%1").arg(coapPort),
                       QStringLiteral("--coaps"),    QStringLiteral("off"),
                       QStringLiteral("--api"),      QStringLiteral("127.0.0.1:%1").arg(apiPort),
                       QStringLiteral("--no-demo")};
    }
    ~DesktopApp()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts the app; true once its API answers with the token it wrote.
    bool start()
    {
        m_process.start(QStringLiteral(HANGAR_BINARY), m_arguments);
        if (!m_process.waitForStarted(5000))
            return false;
        return test::waitFor(
            [this] {
                QFile tokenFile(m_dataDir + QStringLiteral("/api-token"));
                if (!tokenFile.open(QIODevice::ReadOnly))
                    return false;
                token = tokenFile.readAll().trimmed();
                return get(m_apiPort, token, QStringLiteral("/api/v1/health")).status == 200;
            },
            30s);
    }

    /// Closes it as the session manager does (SIGTERM); true once it ended with exit code 0.
    bool close()
    {
        hangar::test::signalProcess(m_process, SIGTERM);
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }

    QByteArray token;

private:
    QString m_dataDir;
    quint16 m_apiPort;
    QStringList m_arguments;
    QProcess m_process;
};

std::uint16_t freeUdpPort()
{
    QUdpSocket probe;
    REQUIRE(probe.bind(QHostAddress::LocalHost, 0));
    return probe.localPort();
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

} // namespace

TEST_CASE("closing and reopening hangar keeps the fleet: a device is online and reads back without "
          "registering again",
          "[app][process]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const std::uint16_t coapPort = freeUdpPort();
    const quint16 apiPort = freeTcpPort();
    DesktopApp app(home, coapPort, apiPort);
    REQUIRE(app.start());

    lwm2m::ObjectRegistry models;
    lwm2m::DdfLoader(models).loadBuiltin();
    coap::CoapContext context;
    devicesim::DeviceFleet fleet(context, models);
    devicesim::DeviceConfig config;
    config.endpoint = "desk-1";
    config.serverPort = coapPort;
    auto added = fleet.addDevice(config);
    REQUIRE(added.has_value());
    devicesim::SimulatedDevice* device = *added;
    device->start();
    const QString devicePath = QStringLiteral("/api/v1/devices/desk-1");
    REQUIRE(test::waitFor(
        [&] {
            return get(apiPort, app.token, devicePath).json[QStringLiteral("status")].toString() ==
                   QStringLiteral("online");
        },
        15s));

    REQUIRE(app.close());
    REQUIRE(app.start());

    const Answer shown = get(apiPort, app.token, devicePath);
    REQUIRE(shown.status == 200);
    CHECK(shown.json[QStringLiteral("status")].toString() == QStringLiteral("online"));
    const Answer read = get(apiPort, app.token, devicePath + QStringLiteral("/resources/3/0/0"));
    CHECK(read.status == 200);
    CHECK(device->counters().registrations == 1);
    CHECK(app.close());
}

#endif
