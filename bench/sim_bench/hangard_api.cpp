#include "hangard_api.h"

#include "event_wait.h"
#include "http_client.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <thread>

namespace hangar::bench {

namespace {

std::string describeFailure(const std::string& what, const HttpReply& reply)
{
    if (reply.status == 0)
        return what + ": no answer from hangard";
    return what + ": HTTP " + std::to_string(reply.status) + " " + reply.body.substr(0, 200);
}

} // namespace

Expected<HangardHealth> fetchHealth(const ApiAccess& api)
{
    HttpReply reply;
    runOffThread([&] { reply = HttpClient(api.port, api.token).send("GET", "/api/v1/health"); });
    if (reply.status != 200)
        return fail(ErrorCode::IoFailure, describeFailure("GET /api/v1/health", reply));
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
    const auto number = [&object](const char* name) {
        return static_cast<std::int64_t>(object.value(QLatin1String(name)).toDouble());
    };
    return HangardHealth{number("devicesOnline"), number("devicesKnown")};
}

Expected<std::int64_t> importCredentials(const ApiAccess& api, const std::string& csv)
{
    HttpReply reply;
    runOffThread([&] {
        reply = HttpClient(api.port, api.token).send("POST", "/api/v1/credentials/import", csv, "text/csv");
    });
    if (reply.status != 200 && reply.status != 201)
        return fail(ErrorCode::IoFailure, describeFailure("POST /api/v1/credentials/import", reply));
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
    return static_cast<std::int64_t>(object.value(QStringLiteral("imported")).toDouble(-1));
}

ObserveOutcome observeAll(const ApiAccess& api, const std::vector<std::string>& endpoints, const std::string& path,
                          int pminSec, int pmaxSec, int connections)
{
    ObserveOutcome outcome;
    std::atomic<std::size_t> nextIndex{0};
    std::atomic<std::size_t> accepted{0};
    std::atomic<std::size_t> failed{0};
    std::mutex failureLock;
    const std::string tail = "/resources/" + path + "/observe?pmin=" + std::to_string(pminSec) +
                             "&pmax=" + std::to_string(pmaxSec);
    const auto begin = std::chrono::steady_clock::now();
    runOffThread([&] {
        std::vector<std::thread> workers;
        for (int c = 0; c < connections; ++c)
            workers.emplace_back([&] {
                HttpClient http(api.port, api.token);
                for (std::size_t i = nextIndex++; i < endpoints.size(); i = nextIndex++) {
                    const HttpReply reply = http.send("POST", "/api/v1/devices/" + endpoints[i] + tail);
                    if (reply.status == 200) {
                        ++accepted;
                        continue;
                    }
                    ++failed;
                    const std::lock_guard lock(failureLock);
                    if (outcome.firstFailure.empty())
                        outcome.firstFailure = describeFailure("observe " + endpoints[i] + " " + path, reply);
                }
            });
        for (std::thread& worker : workers)
            worker.join();
    });
    outcome.took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - begin);
    outcome.accepted = accepted.load();
    outcome.failed = failed.load();
    return outcome;
}

} // namespace hangar::bench
