#pragma once

// A minimal CoAP (RFC 7252) encoder and parser for the benchmark's load generators: just what a
// raw-socket "device" needs to register, answer an Observe GET and send notifications, without
// any allocation per message.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace hangar::bench {

enum class WireType : std::uint8_t
{
    Confirmable = 0,
    NonConfirmable = 1,
    Acknowledgement = 2,
    Reset = 3,
};

/// Code bytes (class << 5 | detail) the generators send or look for.
namespace wire_code {
inline constexpr std::uint8_t kEmpty = 0;
inline constexpr std::uint8_t kGet = 1;
inline constexpr std::uint8_t kPost = 2;
inline constexpr std::uint8_t kCreated = 65; ///< 2.01
inline constexpr std::uint8_t kContent = 69; ///< 2.05
} // namespace wire_code

namespace wire_option {
inline constexpr std::uint16_t kObserve = 6;
inline constexpr std::uint16_t kUriPath = 11;
inline constexpr std::uint16_t kContentFormat = 12;
inline constexpr std::uint16_t kUriQuery = 15;
} // namespace wire_option

struct WireToken
{
    std::array<std::uint8_t, 8> bytes{};
    std::uint8_t length = 0;

    std::span<const std::uint8_t> view() const { return {bytes.data(), length}; }
    friend bool operator==(const WireToken&, const WireToken&) = default;
};

/// Builds one message in a fixed buffer. Options must be added in ascending number order.
class WireEncoder
{
public:
    static constexpr std::size_t kCapacity = 1280;

    /// Writes the header and the token.
    WireEncoder(WireType type, std::uint8_t code, std::uint16_t messageId, const WireToken& token);

    void option(std::uint16_t number, std::span<const std::uint8_t> value);
    void option(std::uint16_t number, std::string_view value);
    /// An unsigned integer option in its shortest form (0 is the empty value).
    void uintOption(std::uint16_t number, std::uint32_t value);
    /// Appends the payload marker and the payload (nothing for an empty payload).
    void payload(std::span<const std::uint8_t> bytes);

    /// False once anything did not fit; the message is then unusable.
    bool ok() const { return m_ok; }
    std::span<const std::uint8_t> bytes() const { return {m_buffer.data(), m_size}; }

private:
    void put(std::uint8_t byte);
    void putExtended(std::uint32_t value);

    std::array<std::uint8_t, kCapacity> m_buffer; // written up to m_size only
    std::size_t m_size = 0;
    std::uint16_t m_lastOption = 0;
    bool m_ok = true;
};

/// What a generator needs to know about a received message.
struct WireMessage
{
    WireType type = WireType::Confirmable;
    std::uint8_t code = 0;
    std::uint16_t messageId = 0;
    WireToken token;
    std::optional<std::uint32_t> observe;
    std::size_t uriPathCount = 0;
};

/// Parses a datagram; nullopt if it is not a well-formed CoAP message.
std::optional<WireMessage> parseWireMessage(std::span<const std::uint8_t> datagram);

} // namespace hangar::bench
