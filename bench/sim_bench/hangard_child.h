#pragma once

// hangard as a child process on loopback over a fresh data dir: started, its ready line read,
// its API token loaded, and stopped with SIGTERM.

#include "common/error.h"

#include <QProcess>
#include <QString>

#include <chrono>
#include <cstdint>
#include <string>

namespace hangar::bench {

class HangardChild
{
public:
    /// `binary` is the hangard executable; `dataDir` an empty directory it may own. Its stderr
    /// goes to <dataDir>/hangard.log.
    HangardChild(QString binary, QString dataDir);
    /// Kills the daemon if it still runs.
    ~HangardChild();

    HangardChild(const HangardChild&) = delete;
    HangardChild& operator=(const HangardChild&) = delete;

    /// Starts hangard with plain CoAP, DTLS-PSK and the API on free 127.0.0.1 ports and waits
    /// (at most `limit`) for its ready line; fails with what it printed otherwise.
    Expected<void> start(std::chrono::milliseconds limit = std::chrono::seconds(30));

    /// SIGTERM, then waits (bounded) for the exit; true when it exited 0.
    bool stop();

    std::uint16_t coapPort() const { return m_coapPort; }
    std::uint16_t coapsPort() const { return m_coapsPort; }
    std::uint16_t apiPort() const { return m_apiPort; }
    const std::string& token() const { return m_token; }
    pid_t pid() const { return static_cast<pid_t>(m_process.processId()); }
    /// The last lines of its log, for failure notes.
    std::string logTail() const;

private:
    QString m_binary;
    QString m_dataDir;
    QProcess m_process;
    std::uint16_t m_coapPort = 0;
    std::uint16_t m_coapsPort = 0;
    std::uint16_t m_apiPort = 0;
    std::string m_token;
};

} // namespace hangar::bench
