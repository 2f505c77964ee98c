#include "live_api_fixture.h"

#include "lwm2m/ddf_loader.h"

#include <QDir>
#include <QFile>

namespace hangar::api::test {

namespace {

struct TypeItem
{
    int id;
    const char* type;
    bool multiple;
};

/// The DDF XML of kTypesObject.
QByteArray typesObjectDdf()
{
    static constexpr TypeItem kItems[] = {
        {0, "String", false},  {1, "Integer", false}, {2, "Unsigned Integer", false},
        {3, "Float", false},   {4, "Boolean", false}, {5, "Opaque", false},
        {6, "Time", false},    {7, "Objlnk", false},  {8, "Integer", true},
    };
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<LWM2M><Object ObjectType=\"MODefinition\">"
                     "<Name>API test types</Name><ObjectID>" +
                     QByteArray::number(kTypesObject) +
                     "</ObjectID><ObjectURN>urn:oma:lwm2m:x:" + QByteArray::number(kTypesObject) +
                     "</ObjectURN><LWM2MVersion>1.1</LWM2MVersion><ObjectVersion>1.0</ObjectVersion>"
                     "<MultipleInstances>Multiple</MultipleInstances><Mandatory>Optional</Mandatory>"
                     "<Resources>";
    for (const TypeItem& item : kItems) {
        xml += "<Item ID=\"" + QByteArray::number(item.id) + "\"><Name>" + item.type +
               " value</Name><Operations>RW</Operations><MultipleInstances>" +
               (item.multiple ? "Multiple" : "Single") +
               "</MultipleInstances><Mandatory>Optional</Mandatory><Type>" + item.type +
               "</Type></Item>";
    }
    xml += "</Resources></Object></LWM2M>\n";
    return xml;
}

} // namespace

LiveApi::LiveApi(LiveOptions options)
{
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("models")));
    const QString typesFile = dir.filePath(QStringLiteral("models/api_test_types.xml"));
    QFile ddf(typesFile);
    REQUIRE(ddf.open(QIODevice::WriteOnly));
    REQUIRE(ddf.write(typesObjectDdf()) > 0);
    ddf.close();

    m_options = std::move(options);
    startEngine(0, 0, 0);

    lwm2m::DdfLoader loader(models);
    loader.loadBuiltin();
    REQUIRE(loader.loadFile(typesFile));
    fleet = std::make_unique<devicesim::DeviceFleet>(fleetContext, models);
}

void LiveApi::startEngine(std::uint16_t coapPort, std::uint16_t coapsPort, quint16 apiPort)
{
    engine::EngineConfig config;
    config.dataDir = dir.path().toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", coapPort};
    config.coaps = m_options.coaps ? std::optional(engine::ListenAddress{"127.0.0.1", coapsPort}) : std::nullopt;
    config.awakeWindow = m_options.awakeWindow;
    config.minimumLifetime = std::chrono::seconds(1);
    config.handshakeTimeout = std::chrono::seconds(3);
    config.transport.plainListenShards = 4; // sharded like production, with fewer sockets
    auto started = engine::LocalEngine::start(config);
    if (!started)
        FAIL(started.error().message);
    engine = std::move(*started);
    REQUIRE(engine->models().object(kTypesObject) != nullptr);

    auto loaded = loadOrCreateApiToken(dir.path());
    REQUIRE(loaded.has_value());
    token = *loaded;
    server = std::make_unique<ApiServer>(*engine, Authenticator(token), m_options.api);
    const auto bound = server->listenOn(QHostAddress::LocalHost, apiPort);
    REQUIRE(bound.has_value());
    port = *bound;
    client = std::make_unique<ApiClient>(port, token);
}

void LiveApi::restartEngine(const std::function<void()>& offline)
{
    const std::uint16_t coapPort = engine->coapPort();
    const std::uint16_t coapsPort = engine->coapsPort();
    const quint16 apiPort = port;
    client.reset();
    server.reset();
    engine.reset();
    if (offline)
        offline();
    startEngine(coapPort, coapsPort, apiPort);
}

LiveApi::~LiveApi()
{
    fleet.reset();
    client.reset();
    server.reset();
    engine.reset();
}

devicesim::SimulatedDevice* LiveApi::addDevice(const std::string& endpoint)
{
    devicesim::DeviceConfig config;
    config.endpoint = endpoint;
    return addDevice(config);
}

devicesim::SimulatedDevice* LiveApi::addDevice(devicesim::DeviceConfig config, bool start)
{
    if (config.serverPort == 0)
        config.serverPort = config.security == devicesim::DeviceSecurity::Psk ? engine->coapsPort()
                                                                              : engine->coapPort();
    auto added = fleet->addDevice(config);
    REQUIRE(added.has_value());
    if (start)
        (*added)->start();
    return *added;
}

std::unique_ptr<ProbeDevice> LiveApi::addProbe(const std::string& endpoint, const std::string& links)
{
    auto probe = std::make_unique<ProbeDevice>(models);
    REQUIRE(probe->registerAt(engine->coapPort(), endpoint, links));
    return probe;
}

bool LiveApi::hasStatus(const std::string& endpoint, const QString& status, std::chrono::milliseconds timeout)
{
    return waitUntil([&] {
        const HttpAnswer answer = client->get(devicePath(endpoint));
        return answer.status == 200 && answer.json()[QStringLiteral("status")].toString() == status;
    }, timeout);
}

QString LiveApi::devicePath(const std::string& endpoint)
{
    return QStringLiteral("/api/v1/devices/") +
           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(endpoint)));
}

} // namespace hangar::api::test
