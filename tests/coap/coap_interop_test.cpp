#include "coap_test_support.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    std::string output;
};

/// Runs Debian's coap-client against us while our event loop keeps serving.
ToolRun runCoapClient(const QStringList& arguments)
{
    ToolRun run;
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("coap-client-openssl"));
    if (tool.isEmpty())
        return run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, QStringList{QStringLiteral("-B"), QStringLiteral("5")} + arguments);
    run.finished = waitFor([&] { return process.state() == QProcess::NotRunning; }, 8000ms);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = process.readAll().toStdString();
    return run;
}

} // namespace

TEST_CASE("Debian's coap-client talks to a server endpoint", "[coap][interop]")
{
    const SecurityMode mode = GENERATE(SecurityMode::NoSec, SecurityMode::Psk);
    CAPTURE(static_cast<int>(mode));
    INFO("needs coap-client-openssl from the Debian package libcoap3-bin");
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("coap-client-openssl")).isEmpty());
    CoapContext server;
    std::vector<IncomingRequest> seen;
    server.setRequestHandler([&](const IncomingRequest& request) -> std::optional<Answer> {
        seen.push_back(request);
        Answer answer;
        answer.response.contentFormat = 0;
        answer.response.payload = bytes("hello " + text(request.payload));
        return answer;
    });
    auto port = server.listen("127.0.0.1", 0, mode == SecurityMode::Psk ? pskSecurity() : ServerSecurity{});
    REQUIRE(port.has_value());

    QStringList arguments{QStringLiteral("-m"), QStringLiteral("post"), QStringLiteral("-e"), QStringLiteral("world")};
    QString scheme = QStringLiteral("coap");
    if (mode == SecurityMode::Psk) {
        arguments << QStringLiteral("-k") << QString::fromStdString(text(kKey)) << QStringLiteral("-u")
                  << QString::fromStdString(kIdentity);
        scheme = QStringLiteral("coaps");
    }
    arguments << QStringLiteral("%1://127.0.0.1:%2/dp/7?x=1").arg(scheme).arg(*port);
    const ToolRun run = runCoapClient(arguments);
    REQUIRE(run.finished);
    INFO(run.output);
    CHECK(run.exitCode == 0);
    CHECK(run.output.find("hello world") != std::string::npos);
    REQUIRE(seen.size() == 1);
    CHECK(seen.front().method == Method::Post);
    CHECK(seen.front().uriPath == std::vector<std::string>{"dp", "7"});
    CHECK(seen.front().uriQuery == std::vector<std::string>{"x=1"});
}
