#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace hangar::api {

/// What the head of one request says about the bytes after it.
struct RequestHead
{
    QByteArray authorization; ///< the Authorization header's value; empty when absent
    bool expectContinue = false;
    bool chunked = false;
    qint64 contentLength = 0;

    /// True when body bytes follow the head.
    bool announcesBody() const { return chunked || contentLength > 0; }
};

/// Why a request is refused before it reaches the HTTP server.
struct Refusal
{
    int status = 400;
    QString message;
};

/// Follows the HTTP/1.1 requests of one connection as far as framing needs: where each head
/// ends and what it declares, and where its body ends (Content-Length or chunked, counted as the
/// chunks arrive). Holds at most one head or chunk-size line, never a body. It refuses what it
/// cannot frame the way Qt HttpServer's parser would (both Content-Length and
/// Transfer-Encoding, codings other than chunked, conflicting lengths, folded header lines),
/// so both always agree on where a request ends.
class RequestFraming
{
public:
    enum class Event : std::uint8_t
    {
        NeedMore,        ///< all bytes consumed, the current request goes on
        HeadComplete,    ///< head() describes the request whose head just ended
        MessageComplete, ///< the current request (head and body) ended
        Refused,         ///< refusal() says why; nothing more is accepted
    };
    struct Step
    {
        Event event = Event::NeedMore;
        qsizetype consumed = 0; ///< bytes of the input used up to the event
    };

    RequestFraming(qint64 maxBodyBytes, qsizetype maxHeadBytes);

    /// Consumes `data` up to the next event. Call again with the rest after an event.
    Step feed(const char* data, qsizetype size);

    const RequestHead& head() const { return m_head; }
    const Refusal& refusal() const { return m_refusal; }

    /// True between requests (no byte of the next one has arrived).
    bool betweenRequests() const { return m_state == State::Start; }
    /// True while a head has begun and not ended.
    bool inHead() const { return m_state == State::Head; }

private:
    enum class State : std::uint8_t
    {
        Start,
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailer,
        Done,
        Refused,
    };

    Step refuse(int status, const QString& message, qsizetype consumed);
    /// Appends bytes of `data` from `used` to m_lines up to the end of the head or trailers (an
    /// empty line); true when it was reached.
    bool readBlock(const char* data, qsizetype size, qsizetype& used);
    /// Fills m_head from m_lines; false with m_refusal set when the head cannot be framed.
    bool parseHead();
    bool parseHeader(const QByteArray& name, const QByteArray& value, bool& sawLength,
                     bool& sawAuthorization);

    qint64 m_maxBodyBytes;
    qsizetype m_maxHeadBytes;
    State m_state = State::Start;
    QByteArray m_lines; ///< the head, chunk-size line or trailers read so far
    RequestHead m_head;
    Refusal m_refusal;
    qint64 m_remaining = 0; ///< body or chunk bytes still to come
    qint64 m_bodyBytes = 0; ///< decoded body bytes of the current request so far
};

} // namespace hangar::api
