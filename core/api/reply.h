#pragma once

#include "api/api_response.h"

#include <memory>

namespace hangar::api {

/// Where a Reply delivers its answer (implemented by DeferredResponder).
class ReplySink
{
public:
    virtual ~ReplySink() = default;
    /// Delivers the answer; only the first call has an effect. Thread-safe.
    virtual void deliver(ApiResponse response) = 0;
};

/// The answer channel a route handler gets. Copyable; may be called from any thread (engine
/// callbacks run on the engine thread); the first send wins, later ones are ignored.
class Reply
{
public:
    Reply() = default;
    explicit Reply(std::shared_ptr<ReplySink> sink) : m_sink(std::move(sink)) {}

    /// Sends `response` to the client, if it is still connected.
    void send(ApiResponse response) const
    {
        if (m_sink)
            m_sink->deliver(std::move(response));
    }
    void operator()(ApiResponse response) const { send(std::move(response)); }

private:
    std::shared_ptr<ReplySink> m_sink;
};

} // namespace hangar::api
