#pragma once

#include "api_test_support.h"
#include "process_signal.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <memory>

#ifdef HANGARD_BINARY

namespace hangar::api::test {

/// A free TCP port on 127.0.0.1 (released again, so a daemon can bind it next).
inline quint16 freeTcpPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

/// The built hangard binary on 127.0.0.1 with plain CoAP on a free port, no coaps and the API on
/// a free port, over `dataDir`. start() waits (bounded) for the ready line and reads the token.
class HangardProcess
{
public:
    explicit HangardProcess(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    ~HangardProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    HangardProcess(const HangardProcess&) = delete;
    HangardProcess& operator=(const HangardProcess&) = delete;

    /// Starts the daemon; true once it printed its ready line (then coapPort, apiPort and client
    /// are set). On failure `output()` says why.
    bool start(std::chrono::milliseconds limit = std::chrono::seconds(20))
    {
        apiPort = freeTcpPort();
        m_output.clear();
        // A restart keeps the CoAP port when asked to: devices go on sending to it.
        const std::uint16_t wantedCoapPort = keepCoapPort ? coapPort : 0;
        const QStringList arguments{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--coap"),
                                    QStringLiteral("127.0.0.1:%1").arg(wantedCoapPort), QStringLiteral("--coaps"),
                                    QStringLiteral("off"), QStringLiteral("--api"),
                                    QStringLiteral("127.0.0.1:%1").arg(apiPort)};
        m_process.start(QStringLiteral(HANGARD_BINARY), arguments + extraArguments);
        if (!m_process.waitForStarted(5000))
            return false;
        m_started = true;
        waitUntil([&] {
            m_output += m_process.readAllStandardOutput();
            return m_output.contains('\n') || m_process.state() == QProcess::NotRunning;
        }, limit);
        const auto match = QRegularExpression(QStringLiteral("^hangard ready: coap 127\\.0\\.0\\.1:(\\d+),"))
                               .match(QString::fromUtf8(m_output));
        if (!match.hasMatch())
            return false;
        coapPort = static_cast<std::uint16_t>(match.captured(1).toUInt());
        QFile tokenFile(m_dataDir + QStringLiteral("/api-token"));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return false;
        client = std::make_unique<ApiClient>(apiPort, tokenFile.readAll().trimmed());
        return coapPort != 0;
    }

    /// Sends `signal` and waits (bounded) for the process to end.
    bool stop(int signal)
    {
        hangar::test::signalProcess(m_process, signal);
        return m_process.waitForFinished(15000);
    }

    /// What the daemon printed so far (stdout, then stderr), for failure messages.
    std::string output()
    {
        if (!m_started)
            return {};
        m_output += m_process.readAllStandardOutput();
        return (m_output + m_process.readAllStandardError()).toStdString();
    }

    QProcess& process() { return m_process; }

    /// Flags added after the ones above on the next start().
    QStringList extraArguments;
    std::uint16_t coapPort = 0;
    /// Set after the first start() to bind the same CoAP port again on the next one.
    bool keepCoapPort = false;
    quint16 apiPort = 0;
    std::unique_ptr<ApiClient> client;

private:
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_output;
    bool m_started = false;
};

} // namespace hangar::api::test

#endif
