#include "hangard_child.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace hangar::bench {

namespace {

constexpr int kStopWaitMs = 30'000;
constexpr qint64 kLogTailBytes = 2'000;

} // namespace

HangardChild::HangardChild(QString binary, QString dataDir)
    : m_binary(std::move(binary)), m_dataDir(std::move(dataDir))
{
}

HangardChild::~HangardChild()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(kStopWaitMs);
    }
}

Expected<void> HangardChild::start(std::chrono::milliseconds limit)
{
    m_process.setStandardErrorFile(m_dataDir + QStringLiteral("/hangard.log"));
    m_process.start(m_binary, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--coap"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--coaps"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0")});
    if (!m_process.waitForStarted(static_cast<int>(limit.count())))
        return fail(ErrorCode::IoFailure, "cannot start " + m_binary.toStdString() + ": " +
                                              m_process.errorString().toStdString() + "; build the hangard target");
    QByteArray output;
    const QDeadlineTimer deadline(limit);
    while (!output.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)));
        output += m_process.readAllStandardOutput();
    }
    static const QRegularExpression ready(QStringLiteral(
        "^hangard ready: coap 127\\.0\\.0\\.1:(\\d+), coaps 127\\.0\\.0\\.1:(\\d+), api http://127\\.0\\.0\\.1:(\\d+)"));
    const auto match = ready.match(QString::fromUtf8(output));
    if (!match.hasMatch())
        return fail(ErrorCode::IoFailure, "hangard printed no ready line (stdout: \"" + output.trimmed().toStdString() +
                                              "\", log: " + logTail() + ")");
    m_coapPort = static_cast<std::uint16_t>(match.captured(1).toUInt());
    m_coapsPort = static_cast<std::uint16_t>(match.captured(2).toUInt());
    m_apiPort = static_cast<std::uint16_t>(match.captured(3).toUInt());
    QFile tokenFile(m_dataDir + QStringLiteral("/api-token"));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, "cannot read hangard's API token " + tokenFile.fileName().toStdString());
    m_token = tokenFile.readAll().trimmed().toStdString();
    return {};
}

bool HangardChild::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid(), SIGTERM);
    if (!m_process.waitForFinished(kStopWaitMs))
        return false;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

std::string HangardChild::logTail() const
{
    QFile log(m_dataDir + QStringLiteral("/hangard.log"));
    if (!log.open(QIODevice::ReadOnly))
        return "(no log)";
    log.seek(std::max<qint64>(0, log.size() - kLogTailBytes));
    return log.readAll().trimmed().toStdString();
}

} // namespace hangar::bench
