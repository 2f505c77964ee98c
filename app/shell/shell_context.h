#pragma once

#include <QString>

#include <cstdint>

namespace hangar::app {

class ApiHost;
class AppSettings;
class Language;

/// What the running app is listening on, for the status bar and the Settings view.
struct ListeningEndpoints
{
    QString coapHost;            ///< empty: plain CoAP is off
    std::uint16_t coapPort = 0;
    QString coapsHost;           ///< empty: DTLS is off
    std::uint16_t coapsPort = 0;
};

/// What the shell needs besides the AppServices: set up by main (or a test), outliving the window.
struct ShellContext
{
    AppSettings* settings = nullptr; ///< required
    Language* language = nullptr;    ///< required
    ApiHost* api = nullptr;          ///< null when the REST API is off
    ListeningEndpoints endpoints;
    QString dataDir;
};

} // namespace hangar::app
