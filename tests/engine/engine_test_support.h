#pragma once

#include "coap/coap_context.h"
#include "engine/local_engine.h"

#include <catch2/catch.hpp>

#include "event_loop_wait.h"

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hangar::engine::test {

using namespace std::chrono_literals;

using hangar::test::spin;
using hangar::test::waitFor;

/// The result of an engine operation, filled on the engine thread, read on the test thread.
/// Shared state, so a late answer after the test gave up writes nowhere dangerous.
template <typename T>
class Outcome
{
public:
    Done<T> callback()
    {
        return [state = m_state](Expected<T> result) {
            std::lock_guard lock(state->mutex);
            state->result = std::move(result);
        };
    }
    /// Waits (running this thread's event loop, where test devices live) for the result.
    Expected<T> get(std::chrono::milliseconds limit = 8000ms)
    {
        const bool arrived = waitFor(
            [this] {
                std::lock_guard lock(m_state->mutex);
                return m_state->result.has_value();
            },
            limit);
        if (!arrived)
            return fail(ErrorCode::Timeout, "the test gave up waiting for the engine's answer");
        std::lock_guard lock(m_state->mutex);
        return *m_state->result;
    }

private:
    struct State
    {
        std::mutex mutex;
        std::optional<Expected<T>> result;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

/// A real engine on 127.0.0.1 with free ports and a temporary data dir.
class TestEngine
{
public:
    explicit TestEngine(std::function<void(EngineConfig&)> adjust = {})
    {
        REQUIRE(m_dir.isValid());
        config.dataDir = m_dir.path().toStdString();
        config.coap = ListenAddress{"127.0.0.1", 0};
        config.coaps = ListenAddress{"127.0.0.1", 0};
        config.minimumLifetime = 1s;
        config.lifetimeGrace = 100ms;
        config.requestTimeout = 3s;
        config.handshakeTimeout = 1s;
        // Sharded like production, with fewer sockets: dozens of engines start in one run.
        config.transport.plainListenShards = 4;
        if (adjust)
            adjust(config);
        auto started = LocalEngine::start(config);
        INFO((started ? std::string() : started.error().message));
        REQUIRE(started.has_value());
        engine = std::move(*started);
    }

    LocalEngine* operator->() { return engine.get(); }

    /// The stored device after everything queued so far is committed.
    Expected<store::DeviceRecord> storedDevice(const std::string& endpoint)
    {
        REQUIRE(engine->flushStore().has_value());
        return engine->device(endpoint);
    }

    /// Committed events of one kind.
    std::vector<store::EventRecord> events(const std::string& kind)
    {
        REQUIRE(engine->flushStore().has_value());
        auto all = engine->eventsSince(0, 100000);
        REQUIRE(all.has_value());
        std::vector<store::EventRecord> matching;
        std::ranges::copy_if(*all, std::back_inserter(matching),
                             [&](const store::EventRecord& event) { return event.kind == kind; });
        return matching;
    }

    /// Waits until the stored device has `status`.
    bool waitForStatus(const std::string& endpoint, store::DeviceStatus status,
                       std::chrono::milliseconds limit = 5000ms)
    {
        return waitFor(
            [&] {
                (void)engine->flushStore();
                auto device = engine->device(endpoint);
                return device && device->status == status;
            },
            limit);
    }

    EngineConfig config;
    std::unique_ptr<LocalEngine> engine;

private:
    QTemporaryDir m_dir;
};

inline std::vector<std::uint8_t> bytes(const std::string& text) { return {text.begin(), text.end()}; }
inline std::string text(const std::vector<std::uint8_t>& data) { return {data.begin(), data.end()}; }

/// A hand-driven device: a CoapContext client session that sends whatever the test says and
/// answers the engine's requests through `handler` (4.04 without one).
class RawDevice
{
public:
    /// `localAddress` (empty: any) makes the device another source for the engine (127.0.0.2…).
    RawDevice(std::uint16_t port, coap::SecurityMode mode = coap::SecurityMode::NoSec,
              std::string identity = {}, std::vector<std::uint8_t> key = {}, std::string localAddress = {})
    {
        coap::ConnectOptions options;
        options.host = "127.0.0.1";
        options.localAddress = std::move(localAddress);
        options.port = port;
        options.mode = mode;
        options.pskIdentity = std::move(identity);
        options.pskKey = std::move(key);
        auto connected = context.connect(options);
        REQUIRE(connected.has_value());
        session = *connected;
    }

    void setHandler(coap::RequestHandler handler) { context.setRequestHandler(std::move(handler)); }

    Expected<coap::Response> send(coap::Request request, std::chrono::milliseconds limit = 5000ms)
    {
        std::optional<Expected<coap::Response>> result;
        auto sent = context.send(session, std::move(request),
                                 [&](Expected<coap::Response> response) { result = std::move(response); });
        if (!sent)
            return std::unexpected(sent.error());
        if (!waitFor([&] { return result.has_value(); }, limit))
            return fail(ErrorCode::Timeout, "the test gave up waiting for the engine");
        return *result;
    }

    Expected<coap::Response> registerWith(std::vector<std::string> query,
                                          std::string links = "</1/0>,</3/0>")
    {
        coap::Request request;
        request.method = coap::Method::Post;
        request.uriPath = {"rd"};
        request.uriQuery = std::move(query);
        request.contentFormat = 40;
        request.payload = bytes(links);
        return send(std::move(request));
    }

    Expected<coap::Response> update(const std::string& id, std::vector<std::string> query = {})
    {
        coap::Request request;
        request.method = coap::Method::Post;
        request.uriPath = {"rd", id};
        request.uriQuery = std::move(query);
        return send(std::move(request));
    }

    Expected<coap::Response> deregister(const std::string& id)
    {
        coap::Request request;
        request.method = coap::Method::Delete;
        request.uriPath = {"rd", id};
        return send(std::move(request));
    }

    coap::CoapContext context;
    coap::SessionId session = 0;
};

inline const std::vector<std::uint8_t> kKey = {0x10, 0x22, 0x35, 0x47, 0x59, 0x6b, 0x7d, 0x8f};

} // namespace hangar::engine::test
