// RequestFraming on its own: where requests end, what their heads declare, and what it refuses,
// however the bytes are split.
#include "api/request_framing.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace hangar::api;

namespace {

using Event = RequestFraming::Event;

struct Trace
{
    std::vector<Event> events;
    std::vector<RequestHead> heads;
    Refusal refusal;
};

/// Feeds `bytes` in pieces of `piece` bytes and records every event.
Trace frame(const QByteArray& bytes, qsizetype piece, qint64 maxBody = 1000,
            qsizetype maxHead = 1000)
{
    RequestFraming framing(maxBody, maxHead);
    Trace trace;
    for (qsizetype start = 0; start < bytes.size(); start += piece) {
        const QByteArray part = bytes.mid(start, piece);
        qsizetype offset = 0;
        for (;;) {
            const auto step = framing.feed(part.constData() + offset, part.size() - offset);
            offset += step.consumed;
            if (step.event == Event::NeedMore)
                break;
            trace.events.push_back(step.event);
            if (step.event == Event::HeadComplete)
                trace.heads.push_back(framing.head());
            if (step.event == Event::Refused) {
                trace.refusal = framing.refusal();
                return trace;
            }
        }
    }
    return trace;
}

} // namespace

TEST_CASE("framing finds every request of a connection however the bytes are split",
          "[api][framing]")
{
    const QByteArray bytes = "\r\nGET /a HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n"
                             "PUT /b HTTP/1.1\nContent-Length: 5\nExpect: 100-continue\n\nhello"
                             "POST /c HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                             "3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: y\r\n\r\n"
                             "DELETE /d HTTP/1.0\r\nX-Tab: a\tb\r\n\r\n";
    for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), bytes.size()}) {
        INFO("pieces of " << piece);
        const Trace trace = frame(bytes, piece);
        REQUIRE(trace.events.size() == 8);
        for (std::size_t i = 0; i < trace.events.size(); ++i)
            CHECK(trace.events[i] == (i % 2 == 0 ? Event::HeadComplete : Event::MessageComplete));
        REQUIRE(trace.heads.size() == 4);
        CHECK(trace.heads[0].authorization == "Bearer t");
        CHECK(!trace.heads[0].announcesBody());
        CHECK(trace.heads[1].contentLength == 5);
        CHECK(trace.heads[1].expectContinue);
        CHECK(trace.heads[2].chunked);
        CHECK(trace.heads[2].authorization.isEmpty());
        CHECK(!trace.heads[3].announcesBody());
    }
}

TEST_CASE("framing refuses what it cannot frame like the HTTP server would", "[api][framing]")
{
    const auto refusal = [](const QByteArray& bytes) {
        const Trace trace = frame(bytes, bytes.size());
        return trace.events.empty() || trace.events.back() != Event::Refused ? 0
                                                                             : trace.refusal.status;
    };
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") ==
          400);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") == 501);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: "
                  "chunked\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nAuthorization: a\r\nAuthorization: b\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nX: 1\r\n folded\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n") == 400);
    CHECK(refusal("GET /\r\n\r\n") == 400);
    CHECK(refusal("GET / HTTP/2.0\r\n\r\n") == 400);
    CHECK(refusal("BREW /pot HTTP/1.1\r\n\r\n") == 501);
    CHECK(refusal(QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n")) == 400);
    CHECK(refusal(QByteArray("GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n")) == 400);
    CHECK(refusal(QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26)) == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX") == 400);
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n") == 413);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" +
                  QByteArray(512, 'x') + "\r\n200\r\n") == 413);
    CHECK(refusal("GET / HTTP/1.1\r\nX: " + QByteArray(1000, 'x') + "\r\n\r\n") == 431);
    CHECK(refusal("GET / HTTP/1.1\r\nX: " + QByteArray(1000, 'x')) == 431);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
                  QByteArray(5000, '1')) == 400);

    // Exactly at the limits is fine.
    CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n") == 0);
    CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n" +
                  QByteArray(1000, 'x') + "\r\n0\r\n\r\n") == 0);
}
