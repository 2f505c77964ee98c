#pragma once

#include "register_message.h"

#include "coap/coap_context.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hangar::devicesim {

/// What an Update carries besides the location; empty fields are left out.
struct UpdateParams
{
    std::optional<std::uint32_t> lifetimeSec;
    std::optional<std::string> binding;
    std::optional<std::string> links; ///< object list, when objects or instances changed
};

/// How a registration exchange ended.
enum class RegistrationOutcome : std::uint8_t {
    Success = 1,
    NotRegistered, ///< 4.04 to an Update or De-register: the server forgot us
    Rejected,      ///< another error code
    Failed,        ///< timeout, transport failure, DTLS failure
};

struct RegistrationResult
{
    RegistrationOutcome outcome = RegistrationOutcome::Failed;
    std::string detail; ///< response code or error text
    std::optional<coap::ResponseCode> code; ///< the server's answer; empty when none came
};

/// The client side of the LwM2M Registration interface for one device: builds Register, Update
/// and De-register requests, keeps the Location-Path, and runs at most one exchange at a time.
/// The device decides when (state machine, retries, backoff); this class only talks.
class RegistrationClient
{
public:
    using Done = std::function<void(const RegistrationResult&)>;

    /// POST /rd with registerQuery(params) and the link-format object list `links`.
    Expected<void> sendRegister(coap::CoapContext& context, coap::SessionId session, const RegisterParams& params,
                                const std::string& links, std::chrono::milliseconds timeout, Done done);
    /// POST to the location with the changed parameters. Fails at once when not registered.
    Expected<void> sendUpdate(coap::CoapContext& context, coap::SessionId session, const UpdateParams& params,
                              std::chrono::milliseconds timeout, Done done);
    /// DELETE the location; the location is forgotten whatever the server answers.
    Expected<void> sendDeregister(coap::CoapContext& context, coap::SessionId session,
                                  std::chrono::milliseconds timeout, Done done);

    /// Abandons the exchange in flight; its Done is never called.
    void cancel(coap::CoapContext& context);
    bool busy() const { return m_pending != 0; }

    bool registered() const { return !m_location.empty(); }
    const std::vector<std::string>& location() const { return m_location; }
    void forget() { m_location.clear(); }

    /// When to send the next Update after a successful Register/Update: the earlier of 80 % of
    /// the lifetime and lifetime - 10 s, but never before half the lifetime nor under 1 s.
    static std::chrono::milliseconds updateDelay(std::uint32_t lifetimeSec);

private:
    enum class Kind : std::uint8_t { Register = 1, Update, Deregister };
    Expected<void> start(coap::CoapContext& context, coap::SessionId session, coap::Request request, Kind kind, Done done);

    std::vector<std::string> m_location;
    coap::RequestId m_pending = 0;
    std::uint64_t m_generation = 0;
    std::uint64_t m_finishedGeneration = 0;
};

} // namespace hangar::devicesim
