// api_gate_bench: what the REST API's per-connection guard costs. Requests/s of GET
// /api/v1/health, one kept-alive connection, one request at a time, against the real ApiServer
// over a real engine (no devices). Run it on two builds to compare (the figure is the server's
// whole request path, the guard included).
//
// Usage: api_gate_bench [--quick] [--requests N]   (default 20,000; --quick 2,000)
#include "api/api_server.h"
#include "api/api_token.h"
#include "engine/local_engine.h"
#include "engine_bench/api_load.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace hangar;
using namespace hangar::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int requests = 20'000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--requests") == 0 && i + 1 < argc) {
            requests = std::atoi(argv[++i]);
        } else if (std::strcmp(argv[i], "--quick") == 0) {
            requests = 2'000;
        } else {
            std::fprintf(stderr, "usage: api_gate_bench [--quick] [--requests N]\n");
            return 2;
        }
    }
    QTemporaryDir dataDir;
    engine::EngineConfig config;
    config.dataDir = dataDir.path().toStdString();
    config.coap = engine::ListenAddress{"127.0.0.1", 0};
    auto engine = engine::LocalEngine::start(config);
    if (!engine) {
        std::fprintf(stderr, "the engine did not start: %s\n", engine.error().message.c_str());
        return 1;
    }
    const auto token = api::loadOrCreateApiToken(dataDir.path());
    if (!token) {
        std::fprintf(stderr, "%s\n", token.error().message.c_str());
        return 1;
    }
    api::ApiServer server(**engine, api::Authenticator(*token));
    const auto port = server.listenOn(QHostAddress::LocalHost, 0);
    if (!port) {
        std::fprintf(stderr, "%s\n", port.error().message.c_str());
        return 1;
    }
    const PageProbe health{"health", "/api/v1/health"};
    (void)measurePages(*port, token->toStdString(), {health}, 500); // warm up
    const std::int64_t startNs = nowNs();
    const std::vector<PageResult> results =
        measurePages(*port, token->toStdString(), {health}, requests);
    const double seconds = secondsSince(startNs);
    const PageResult& result = results.front();
    std::printf("GET /api/v1/health, kept alive, %d requests: %.0f requests/s, p50 %.3f ms, p99 "
                "%.3f ms, %zu failed\n",
                requests, static_cast<double>(requests) / seconds, result.latency.p50Ms,
                result.latency.p99Ms, result.failures);
    return result.failures == 0 ? 0 : 1;
}
