#include "api/request_framing.h"

#include <QList>

#include <algorithm>
#include <cstring>

namespace hangar::api {
namespace {

constexpr qsizetype kMaxChunkLineBytes = 4096;
constexpr qsizetype kMaxLengthDigits = 18; // fits qint64 without overflow

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c == '\0' || !isTokenChar(c))
            return false;
    }
    return true;
}

/// Control characters other than HTAB, which no request head may carry (RFC 9110 5.5).
bool hasControlCharacters(const QByteArray& line)
{
    return std::any_of(line.begin(), line.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t') || byte == 0x7f;
    });
}

/// Methods the API answers (others than GET, PUT, POST and DELETE get 405 from the router).
bool isKnownMethod(const QByteArray& method)
{
    static const QList<QByteArray> kMethods = {"GET",    "HEAD",  "POST",   "PUT",
                                               "DELETE", "PATCH", "OPTIONS"};
    return kMethods.contains(method);
}

bool isDigits(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/// The line without its CR LF (or bare LF).
QByteArray withoutLineEnd(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

RequestFraming::RequestFraming(qint64 maxBodyBytes, qsizetype maxHeadBytes)
    : m_maxBodyBytes(maxBodyBytes), m_maxHeadBytes(maxHeadBytes)
{
}

RequestFraming::Step RequestFraming::refuse(int status, const QString& message, qsizetype consumed)
{
    m_state = State::Refused;
    m_refusal = Refusal{status, message};
    m_lines.clear();
    return {Event::Refused, consumed};
}

bool RequestFraming::readBlock(const char* data, qsizetype size, qsizetype& used)
{
    while (used < size && m_lines.size() <= m_maxHeadBytes) {
        const auto* start = data + used;
        const auto* newline =
            static_cast<const char*>(std::memchr(start, '\n', static_cast<size_t>(size - used)));
        // Never more than one byte past the limit is kept, however much arrived at once.
        const qsizetype take = std::min<qsizetype>(newline ? newline - start + 1 : size - used,
                                                   m_maxHeadBytes + 1 - m_lines.size());
        m_lines.append(start, take);
        used += take;
        if (!m_lines.endsWith('\n'))
            continue;
        // The line just completed is empty when it is only LF or CR LF.
        const qsizetype previousEnd =
            m_lines.size() >= 2 ? m_lines.lastIndexOf('\n', m_lines.size() - 2) : -1;
        const qsizetype lineLength = m_lines.size() - (previousEnd + 1);
        if (lineLength == 1 || (lineLength == 2 && m_lines[m_lines.size() - 2] == '\r'))
            return true;
    }
    return false;
}

RequestFraming::Step RequestFraming::feed(const char* data, qsizetype size)
{
    qsizetype used = 0;
    for (;;) {
        switch (m_state) {
        case State::Refused:
            return {Event::Refused, used};
        case State::Done:
            m_state = State::Start;
            return {Event::MessageComplete, used};
        case State::Start:
            if (used == size)
                return {Event::NeedMore, used};
            m_state = State::Head;
            m_lines.clear();
            m_head = RequestHead();
            m_bodyBytes = 0;
            break;
        case State::Head:
        case State::Trailer: {
            // Empty lines before a request line are allowed (RFC 9112 2.2); they count as the
            // start of the head, so they cannot keep a connection alive.
            if (m_state == State::Head && m_lines.isEmpty()) {
                while (used < size && (data[used] == '\r' || data[used] == '\n'))
                    ++used;
                if (used == size)
                    return {Event::NeedMore, used};
            }
            const bool ended = readBlock(data, size, used);
            if (m_lines.size() > m_maxHeadBytes)
                return refuse(
                    431,
                    QStringLiteral("the request head is larger than the limit of %1 bytes")
                        .arg(m_maxHeadBytes),
                    used);
            if (!ended)
                return {Event::NeedMore, used};
            if (m_state == State::Trailer) {
                m_lines.clear();
                m_state = State::Done;
                break;
            }
            if (!parseHead())
                return {Event::Refused, used};
            m_lines.clear();
            if (m_head.chunked)
                m_state = State::ChunkSize;
            else if (m_head.contentLength > 0)
                m_state = State::Body;
            else
                m_state = State::Done;
            m_remaining = m_head.contentLength;
            return {Event::HeadComplete, used};
        }
        case State::Body:
        case State::ChunkData: {
            if (m_state == State::Body && m_head.contentLength > m_maxBodyBytes)
                return refuse(
                    413,
                    QStringLiteral("the request body is larger than the limit of %1 bytes")
                        .arg(m_maxBodyBytes),
                    used);
            if (used == size)
                return {Event::NeedMore, used};
            const qint64 take = std::min<qint64>(m_remaining, size - used);
            used += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (used == size)
                return {Event::NeedMore, used};
            const char c = data[used++];
            if (c == '\r' && m_lines.isEmpty()) {
                m_lines.append(c);
            } else if (c == '\n') {
                m_lines.clear();
                m_state = State::ChunkSize;
            } else {
                return refuse(400,
                              QStringLiteral("a chunk of the request body does not end with "
                                             "CR LF"),
                              used);
            }
            break;
        }
        case State::ChunkSize: {
            if (used == size)
                return {Event::NeedMore, used};
            const auto* start = data + used;
            const auto* newline = static_cast<const char*>(
                std::memchr(start, '\n', static_cast<size_t>(size - used)));
            const qsizetype take = std::min<qsizetype>(newline ? newline - start + 1 : size - used,
                                                       kMaxChunkLineBytes + 1 - m_lines.size());
            m_lines.append(start, take);
            used += take;
            if (m_lines.size() > kMaxChunkLineBytes)
                return refuse(400,
                              QStringLiteral("a chunk-size line is longer than %1 bytes")
                                  .arg(kMaxChunkLineBytes),
                              used);
            if (!m_lines.endsWith('\n'))
                return {Event::NeedMore, used};
            // The size in hex, then optional extensions after ';' (ignored).
            QByteArray digits = withoutLineEnd(m_lines);
            const qsizetype semicolon = digits.indexOf(';');
            if (semicolon >= 0)
                digits.truncate(semicolon);
            digits = digits.trimmed();
            qint64 chunkSize = 0;
            bool valid = !digits.isEmpty() && digits.size() <= 15; // 15 hex digits fit qint64
            for (const char c : digits) {
                const int value = hexValue(c);
                valid = valid && value >= 0;
                chunkSize = chunkSize * 16 + std::max(value, 0);
            }
            if (!valid)
                return refuse(400, QStringLiteral("a chunk size is not a hexadecimal number"),
                              used);
            m_lines.clear();
            m_bodyBytes += chunkSize;
            if (m_bodyBytes > m_maxBodyBytes)
                return refuse(
                    413,
                    QStringLiteral("the request body is larger than the limit of %1 bytes")
                        .arg(m_maxBodyBytes),
                    used);
            m_remaining = chunkSize;
            m_state = chunkSize == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        }
    }
}

bool RequestFraming::parseHead()
{
    const QList<QByteArray> lines = m_lines.split('\n');
    for (const QByteArray& line : lines) {
        if (hasControlCharacters(withoutLineEnd(line))) {
            m_state = State::Refused;
            m_refusal = {400, QStringLiteral("the request head contains control characters")};
            return false;
        }
    }
    const QList<QByteArray> requestLine = withoutLineEnd(lines.value(0)).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty() ||
        (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0")) {
        m_state = State::Refused;
        m_refusal = {400, QStringLiteral("the request line is not 'METHOD TARGET HTTP/1.1'")};
        return false;
    }
    if (!isKnownMethod(requestLine[0])) {
        m_state = State::Refused;
        m_refusal = {501, QStringLiteral("the method %1 is not supported")
                              .arg(QString::fromLatin1(requestLine[0]))};
        return false;
    }
    bool sawLength = false;
    bool sawAuthorization = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutLineEnd(lines[i]);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            m_state = State::Refused;
            m_refusal = {400, QStringLiteral("folded header lines are not accepted")};
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name)) {
            m_state = State::Refused;
            m_refusal = {400, QStringLiteral("a header line is not 'Name: value'")};
            return false;
        }
        if (!parseHeader(name.toLower(), line.mid(colon + 1).trimmed(), sawLength,
                         sawAuthorization))
            return false;
    }
    if (m_head.chunked && sawLength) {
        m_state = State::Refused;
        m_refusal = {400, QStringLiteral("a request cannot have both Content-Length and "
                                         "Transfer-Encoding")};
        return false;
    }
    return true;
}

bool RequestFraming::parseHeader(const QByteArray& name, const QByteArray& value, bool& sawLength,
                                 bool& sawAuthorization)
{
    const auto fail = [this](int status, const QString& message) {
        m_state = State::Refused;
        m_refusal = {status, message};
        return false;
    };
    if (name == "content-length") {
        if (!isDigits(value) || value.size() > kMaxLengthDigits)
            return fail(400, QStringLiteral("Content-Length is not a number"));
        const qint64 length = value.toLongLong();
        if (sawLength && length != m_head.contentLength)
            return fail(400, QStringLiteral("the request has conflicting Content-Length headers"));
        sawLength = true;
        m_head.contentLength = length;
    } else if (name == "transfer-encoding") {
        if (m_head.chunked)
            return fail(400, QStringLiteral("the request has more than one Transfer-Encoding"));
        if (value.toLower() != "chunked")
            return fail(501, QStringLiteral("only the chunked transfer coding is supported"));
        m_head.chunked = true;
    } else if (name == "authorization") {
        if (sawAuthorization)
            return fail(400, QStringLiteral("the request has more than one Authorization header"));
        sawAuthorization = true;
        m_head.authorization = value;
    } else if (name == "expect") {
        m_head.expectContinue = value.toLower() == "100-continue";
    }
    return true;
}

} // namespace hangar::api
