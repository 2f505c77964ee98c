#include "lwm2m/link_format.h"

#include "lwm2m/codec.h"

#include <cstdio>

namespace hangar::lwm2m {

namespace {

bool isAlphaNum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 3986 unreserved, reserved and '%' (pct-encoded): everything a URI-Reference may hold.
bool isTargetChar(char c)
{
    if (isAlphaNum(c))
        return true;
    constexpr std::string_view kOthers = "-._~:/?#[]@!$&'()*+,;=%";
    return kOthers.find(c) != std::string_view::npos;
}

// RFC 5987 attr-char as used by RFC 6690's parmname; '*' is allowed for ext-value names (title*).
bool isNameChar(char c)
{
    if (isAlphaNum(c))
        return true;
    constexpr std::string_view kOthers = "!#$&+-.^_`|~*";
    return kOthers.find(c) != std::string_view::npos;
}

// RFC 6690 ptokenchar.
bool isTokenChar(char c)
{
    if (isAlphaNum(c))
        return true;
    constexpr std::string_view kOthers = "!#$%&'()*+-./:<=>?@[]^_`{|}~";
    return kOthers.find(c) != std::string_view::npos;
}

// qdtext (HTAB, SP, visible ASCII except '"' and '\') plus obs-text, so UTF-8 passes.
bool isQuotedTextChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return c == '\t' || (byte >= 0x20 && byte != 0x7f && c != '"' && c != '\\');
}

// A short, printable excerpt of the payload from `pos`, for error messages.
std::string excerptAt(std::string_view text, std::size_t pos)
{
    if (pos >= text.size())
        return "the end of the payload";
    constexpr std::size_t kExcerptChars = 24;
    std::string out = "\"";
    const std::string_view part = text.substr(pos, kExcerptChars);
    for (char c : part) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte >= 0x7f) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned>(byte));
            out += hex;
        } else {
            out += c;
        }
    }
    if (pos + kExcerptChars < text.size())
        out += "...";
    out += '"';
    return out;
}

class LinkParser
{
public:
    explicit LinkParser(std::string_view text) : m_text(text) {}

    Expected<Links> parseAll()
    {
        Links links;
        skipWhitespace();
        if (atEnd())
            return links;
        while (true) {
            if (links.size() == limits::kMaxEntries)
                return failAt(m_pos, ErrorCode::LimitExceeded,
                              "more than " + std::to_string(limits::kMaxEntries) + " links",
                              "split the payload");
            auto link = parseLink();
            if (!link)
                return std::unexpected(std::move(link.error()));
            links.push_back(std::move(*link));
            skipWhitespace();
            if (atEnd())
                return links;
            if (!consume(','))
                return failAt(m_pos, ErrorCode::MalformedInput, "unexpected text after a link",
                              "links are separated by ',' and parameters start with ';'");
            skipWhitespace();
            if (atEnd())
                return failAt(m_pos - 1, ErrorCode::MalformedInput, "trailing ','",
                              "a ',' must be followed by another <link>");
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    bool consume(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(m_text[m_pos]))
            ++m_pos;
    }

    std::unexpected<Error> failAt(std::size_t pos, ErrorCode code, const std::string& what,
                                  const std::string& hint) const
    {
        return fail(code, "link-format payload: " + what + " at byte " + std::to_string(pos) +
                              " (" + excerptAt(m_text, pos) + "); " + hint);
    }

    Expected<Link> parseLink()
    {
        const std::size_t open = m_pos;
        if (!consume('<'))
            return failAt(open, ErrorCode::MalformedInput, "expected '<'",
                          "every link starts with <target>");
        const std::size_t close = m_text.find('>', m_pos);
        if (close == std::string_view::npos)
            return failAt(open, ErrorCode::MalformedInput, "unterminated '<'",
                          "close the link target with '>'");
        Link link;
        link.target = std::string(m_text.substr(m_pos, close - m_pos));
        if (link.target.empty())
            return failAt(open, ErrorCode::MalformedInput, "empty link target \"<>\"",
                          "a link target is a URI such as </3/0>");
        for (std::size_t i = m_pos; i < close; ++i) {
            if (!isTargetChar(m_text[i]))
                return failAt(i, ErrorCode::MalformedInput, "invalid character in link target",
                              "a target is a URI-Reference; is a '>' missing?");
        }
        m_pos = close + 1;

        while (true) {
            const std::size_t beforeSeparator = m_pos;
            skipWhitespace();
            if (!consume(';')) {
                m_pos = beforeSeparator;
                return link;
            }
            skipWhitespace();
            auto attribute = parseAttribute();
            if (!attribute)
                return std::unexpected(std::move(attribute.error()));
            link.attributes.push_back(std::move(*attribute));
        }
    }

    Expected<LinkAttribute> parseAttribute()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && isNameChar(m_text[m_pos]))
            ++m_pos;
        LinkAttribute attribute;
        attribute.name = std::string(m_text.substr(start, m_pos - start));
        if (attribute.name.empty())
            return failAt(m_pos, ErrorCode::MalformedInput, "expected a parameter name after ';'",
                          "names use letters, digits and !#$&+-.^_`|~");
        if (consume('=')) {
            attribute.quoted = peek() == '"';
            auto value = attribute.quoted ? parseQuoted() : parseToken();
            if (!value)
                return std::unexpected(std::move(value.error()));
            attribute.value = std::move(*value);
        }
        if (!atEnd() && !isWhitespace(peek()) && peek() != ';' && peek() != ',')
            return failAt(m_pos, ErrorCode::MalformedInput,
                          "invalid character in parameter '" + attribute.name + "'",
                          "quote values that hold such characters");
        return attribute;
    }

    Expected<std::string> parseToken()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && isTokenChar(m_text[m_pos]))
            ++m_pos;
        if (m_pos == start)
            return failAt(start, ErrorCode::MalformedInput, "empty parameter value after '='",
                          "give a value or leave out the '='");
        return std::string(m_text.substr(start, m_pos - start));
    }

    Expected<std::string> parseQuoted()
    {
        const std::size_t open = m_pos;
        ++m_pos;
        std::string value;
        while (true) {
            if (atEnd())
                return failAt(open, ErrorCode::MalformedInput, "unterminated quoted string",
                              "close the value with '\"'");
            const char c = m_text[m_pos++];
            if (c == '"')
                return value;
            if (c == '\\') {
                if (atEnd())
                    return failAt(open, ErrorCode::MalformedInput, "unterminated quoted string",
                                  "close the value with '\"'");
                const char escaped = m_text[m_pos++];
                if (escaped != '\t' && (static_cast<unsigned char>(escaped) < 0x20 || escaped == 0x7f))
                    return failAt(m_pos - 1, ErrorCode::MalformedInput,
                                  "control character in quoted string", "remove it");
                value += escaped;
                continue;
            }
            if (!isQuotedTextChar(c))
                return failAt(m_pos - 1, ErrorCode::MalformedInput,
                              "control character in quoted string", "remove it");
            value += c;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool isToken(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

} // namespace

const LinkAttribute* Link::attribute(std::string_view name) const
{
    for (const LinkAttribute& entry : attributes) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Expected<Links> parseLinkFormat(std::string_view payload)
{
    if (payload.size() > limits::kMaxPayloadBytes)
        return fail(ErrorCode::LimitExceeded,
                    "link-format payload of " + std::to_string(payload.size()) +
                        " bytes is over the " + std::to_string(limits::kMaxPayloadBytes) +
                        " byte limit; ask for a smaller part of the tree");
    return LinkParser(payload).parseAll();
}

std::string serializeLinkFormat(const Links& links)
{
    std::string out;
    for (const Link& link : links) {
        if (!out.empty())
            out += ',';
        out += '<';
        out += link.target;
        out += '>';
        for (const LinkAttribute& attribute : link.attributes) {
            out += ';';
            out += attribute.name;
            if (!attribute.value)
                continue;
            out += '=';
            if (!attribute.quoted && isToken(*attribute.value)) {
                out += *attribute.value;
                continue;
            }
            out += '"';
            for (char c : *attribute.value) {
                if (c == '"' || c == '\\')
                    out += '\\';
                out += c;
            }
            out += '"';
        }
    }
    return out;
}

} // namespace hangar::lwm2m
