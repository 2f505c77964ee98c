// Hostile clients on a real ApiServer over loopback: bodies refused before they are buffered,
// the key checked before any body byte, header and idle timeouts, the connection cap, and
// ordinary traffic still passing the guard.
#include "live_api_fixture.h"

#include <QFile>

#include <atomic>
#include <limits>
#include <thread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

using namespace hangar;
using namespace hangar::api;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

/// Resident memory of this process (server and client run in it).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

struct Upload
{
    qint64 bodyBytesSent = 0;
    QByteArray answer; ///< what the server sent back
};

/// Sends `head`, then a chunked body of `bodyBytes` in 64 KiB chunks over a blocking socket (run
/// it on a thread of its own: the server needs the test thread), stopping at the first failed
/// send; then reads the answer until the server closes. Every call is bounded by socket timeouts.
Upload uploadChunked(quint16 port, const QByteArray& head, qint64 bodyBytes)
{
    Upload upload;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return upload;
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return upload;
    }
    const auto sendAll = [fd](const QByteArray& bytes) {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.constData() + sent,
                                     static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    };
    const QByteArray chunkData(64 * 1024, 'x');
    const QByteArray chunk = QByteArray::number(chunkData.size(), 16) + "\r\n" + chunkData + "\r\n";
    bool open = sendAll(head);
    while (open && upload.bodyBytesSent < bodyBytes) {
        open = sendAll(chunk);
        if (open)
            upload.bodyBytesSent += chunkData.size();
    }
    if (open)
        sendAll("0\r\n\r\n");
    ::shutdown(fd, SHUT_WR);
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        upload.answer.append(buffer, n);
    }
    ::close(fd);
    return upload;
}

/// Runs uploadChunked on its own thread while this thread serves; also reports the largest
/// growth of this process's resident memory seen meanwhile.
Upload uploadWhileServing(quint16 port, const QByteArray& head, qint64 bodyBytes,
                          qint64& peakGrowth)
{
    const qint64 before = residentBytes();
    std::atomic<bool> finished{false};
    Upload upload;
    std::thread client([&] {
        upload = uploadChunked(port, head, bodyBytes);
        finished = true;
    });
    qint64 peak = before;
    waitUntil(
        [&] {
            peak = std::max(peak, residentBytes());
            return finished.load();
        },
        120s);
    client.join();
    peakGrowth = peak - before;
    return upload;
}

QByteArray chunkedPostHead(const QByteArray& authorization)
{
    QByteArray head = "POST /api/v1/credentials/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n";
    if (!authorization.isEmpty())
        head += "Authorization: " + authorization + "\r\n";
    return head + "\r\n";
}

/// A connected socket, or nothing.
std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    bool connected = false;
    QObject::connect(socket.get(), &QTcpSocket::connected, [&connected] { connected = true; });
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    // Serving meanwhile: the server must accept while many clients connect.
    waitUntil([&] { return connected || socket->state() == QAbstractSocket::UnconnectedState; },
              5s);
    socket->disconnect();
    if (!connected)
        return nullptr;
    return socket;
}

/// Collects what arrives on `socket` until the server closed it (bounded); true when it did.
bool readUntilClosed(QTcpSocket& socket, QByteArray& received,
                     std::chrono::milliseconds timeout = 10s)
{
    const bool closed = waitUntil(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeout);
    received += socket.readAll();
    return closed;
}

QByteArray healthRequest(const QByteArray& token)
{
    return "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\n\r\n";
}

} // namespace

TEST_CASE("a request announcing a body without a valid key is answered 401 before the body",
          "[api][limits]")
{
    LiveApi api;
    const QByteArray declared = "PUT /api/v1/devices/dev-1/resources/3/0/14 HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                "Content-Length: 500000\r\n\r\n";
    const QByteArray answer =
        rawExchange(api.port, declared, [](const QByteArray& got) { return got.contains("}}"); });
    CHECK(answer.startsWith("HTTP/1.1 401"));
    CHECK(answer.contains("WWW-Authenticate: Bearer"));
    CHECK(answer.contains("Authorization"));

    // Chunked, with a wrong key and Expect: 100-continue: no interim answer, just the 401.
    const QByteArray chunked = chunkedPostHead("Bearer " + QByteArray(64, 'a'));
    const QByteArray expectAnswer =
        rawExchange(api.port, chunked.left(chunked.size() - 2) + "Expect: 100-continue\r\n\r\n",
                    [](const QByteArray& got) { return got.contains("}}"); });
    CHECK(expectAnswer.startsWith("HTTP/1.1 401"));
    CHECK(!expectAnswer.contains("100 Continue"));

    // A key-less declared body over the limit learns nothing but 401.
    const QByteArray oversized = "POST /api/v1/credentials/import HTTP/1.1\r\nHost: x\r\n"
                                 "Content-Length: 67108864\r\n\r\n";
    CHECK(rawExchange(api.port, oversized, [](const QByteArray& got) {
              return got.contains("}}");
          }).startsWith("HTTP/1.1 401"));
}

namespace {

#if defined(__SANITIZE_ADDRESS__)
// ASan's quarantine keeps freed memory resident (256 MiB by default): the process's growth says
// nothing about what the server buffered.
constexpr qint64 kMaxGrowth = std::numeric_limits<qint64>::max();
#else
constexpr qint64 kMaxGrowth = 24 * kMiB;
#endif

} // namespace

TEST_CASE("a 64 MiB chunked upload is refused without the server buffering it", "[api][limits]")
{
    LiveApi api;
    constexpr qint64 kBody = 64 * kMiB;

    qint64 growth = 0;
    const Upload keyless = uploadWhileServing(api.port, chunkedPostHead({}), kBody, growth);
    INFO("resident memory grew by " << growth / kMiB << " MiB, " << keyless.bodyBytesSent / kMiB
                                    << " MiB of body sent");
    CHECK(keyless.answer.startsWith("HTTP/1.1 401"));
    CHECK(growth < kMaxGrowth);

    const Upload keyed =
        uploadWhileServing(api.port, chunkedPostHead("Bearer " + api.token), kBody, growth);
    INFO("resident memory grew by " << growth / kMiB << " MiB, " << keyed.bodyBytesSent / kMiB
                                    << " MiB of body sent");
    CHECK(keyed.answer.startsWith("HTTP/1.1 413"));
    CHECK(keyed.answer.contains("1048576"));
    CHECK(growth < kMaxGrowth);

    CHECK(api.client->get(QStringLiteral("/api/v1/health")).status == 200);
}

TEST_CASE("a declared body over 1 MiB is answered 413 before any of it is sent", "[api][limits]")
{
    LiveApi api;
    const QByteArray head = "POST /api/v1/credentials/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer " +
                            api.token + "\r\nContent-Type: text/csv\r\nContent-Length: " +
                            QByteArray::number(kMiB + 1) + "\r\n\r\n";
    auto socket = connectTo(api.port);
    REQUIRE(socket);
    socket->write(head);
    QByteArray received;
    CHECK(readUntilClosed(*socket, received));
    CHECK(received.startsWith("HTTP/1.1 413"));
    CHECK(received.contains("Connection: close"));
}

TEST_CASE("requests that cannot be framed get a clear answer and the connection closes",
          "[api][limits]")
{
    LiveApi api;
    const auto answerTo = [&](const QByteArray& bytes) {
        auto socket = connectTo(api.port);
        REQUIRE(socket);
        socket->write(bytes);
        QByteArray received;
        CHECK(readUntilClosed(*socket, received));
        return received;
    };
    const QByteArray smuggled =
        answerTo("POST /api/v1/credentials/import HTTP/1.1\r\nHost: x\r\n"
                 "Authorization: Bearer " +
                 api.token + "\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n");
    CHECK(smuggled.startsWith("HTTP/1.1 400"));
    CHECK(smuggled.contains("Transfer-Encoding"));
    CHECK(answerTo("BREW /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 501"));
    const QByteArray huge = answerTo(
        "GET /api/v1/health HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'x') + "\r\n\r\n");
    CHECK(huge.startsWith("HTTP/1.1 431"));
    CHECK(huge.contains("65536"));
}

TEST_CASE("connections that send nothing are closed after the idle timeout", "[api][limits]")
{
    LiveOptions options;
    options.api.idleTimeout = 300ms;
    LiveApi api(options);

    auto silent = connectTo(api.port);
    REQUIRE(silent);
    QByteArray received;
    CHECK(readUntilClosed(*silent, received));
    CHECK(received.isEmpty());

    // Kept alive after an answer: closed once the answer is the last thing that happened.
    auto keptAlive = connectTo(api.port);
    REQUIRE(keptAlive);
    keptAlive->write(healthRequest(api.token));
    QByteArray buffer;
    CHECK(readKeptAliveAnswer(*keptAlive, buffer).startsWith("HTTP/1.1 200"));
    CHECK(readUntilClosed(*keptAlive, buffer));
}

TEST_CASE("a request waiting for its device is not cut by the idle timeout", "[api][limits]")
{
    LiveOptions options;
    options.api.idleTimeout = 200ms;
    LiveApi api(options);
    const auto probe = api.addProbe("dev-1", "</1/0>,</3303/0>");
    const lwm2m::PathValues reading{
        {lwm2m::LwM2mPath(3303, 0, 5700), lwm2m::Value::floating(7.5), std::nullopt}};
    std::optional<coap::IncomingRequest> held;
    probe->setHandler([&](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        held = request;
        return std::nullopt;
    });

    auto socket = connectTo(api.port);
    REQUIRE(socket);
    socket->write("GET /api/v1/devices/dev-1/resources/3303/0/5700 HTTP/1.1\r\nHost: x\r\n"
                  "Authorization: Bearer " +
                  api.token + "\r\n\r\n");
    REQUIRE(waitUntil([&] { return held.has_value(); }));
    // Several idle timeouts pass while the device thinks.
    waitUntil([] { return false; }, 1s);
    REQUIRE(socket->state() == QAbstractSocket::ConnectedState);
    REQUIRE(
        probe->context().respond(held->exchange, probe->valuesAnswer(*held, reading)).has_value());
    QByteArray buffer;
    const QByteArray answer = readKeptAliveAnswer(*socket, buffer);
    CHECK(answer.startsWith("HTTP/1.1 200"));
    CHECK(answer.contains("7.5"));
}

TEST_CASE("half-sent requests are answered 408 and closed after the header timeout",
          "[api][limits]")
{
    LiveOptions options;
    options.api.headerTimeout = 300ms;
    options.api.idleTimeout = 300ms;
    LiveApi api(options);

    // 200 connections that each send part of a head and stop.
    std::vector<std::unique_ptr<QTcpSocket>> halfSent;
    for (int i = 0; i < 200; ++i) {
        auto socket = connectTo(api.port);
        REQUIRE(socket);
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        halfSent.push_back(std::move(socket));
    }
    std::vector<QByteArray> answers(halfSent.size());
    CHECK(waitUntil(
        [&] {
            bool allClosed = true;
            for (std::size_t i = 0; i < halfSent.size(); ++i) {
                answers[i] += halfSent[i]->readAll();
                allClosed = allClosed && halfSent[i]->state() == QAbstractSocket::UnconnectedState;
            }
            return allClosed;
        },
        20s));
    for (std::size_t i = 0; i < halfSent.size(); ++i)
        answers[i] += halfSent[i]->readAll();
    CHECK(std::all_of(answers.begin(), answers.end(),
                      [](const QByteArray& got) { return got.startsWith("HTTP/1.1 408"); }));

    // Trickling a header line every 100 ms does not extend the deadline.
    auto trickle = connectTo(api.port);
    REQUIRE(trickle);
    trickle->write("GET /api/v1/health HTTP/1.1\r\n");
    QByteArray received;
    const bool closed = waitUntil(
        [&] {
            if (trickle->state() == QAbstractSocket::ConnectedState)
                trickle->write("X-Slow: 1\r\n");
            waitUntil([] { return false; }, 100ms);
            received += trickle->readAll();
            return trickle->state() == QAbstractSocket::UnconnectedState;
        },
        10s);
    CHECK(closed);
    CHECK(received.startsWith("HTTP/1.1 408"));

    // A body that stalls is answered 408 too.
    auto stalled = connectTo(api.port);
    REQUIRE(stalled);
    stalled->write("POST /api/v1/credentials/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                   api.token + "\r\nContent-Type: text/csv\r\nContent-Length: 100\r\n\r\nab,");
    QByteArray stalledAnswer;
    CHECK(readUntilClosed(*stalled, stalledAnswer));
    CHECK(stalledAnswer.startsWith("HTTP/1.1 408"));
}

TEST_CASE("connections beyond the cap are answered 503 and closed", "[api][limits]")
{
    LiveOptions options;
    options.api.maxConnections = 4;
    LiveApi api(options);

    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 4; ++i) {
        auto socket = connectTo(api.port);
        REQUIRE(socket);
        socket->write(healthRequest(api.token));
        QByteArray buffer;
        REQUIRE(readKeptAliveAnswer(*socket, buffer).startsWith("HTTP/1.1 200"));
        open.push_back(std::move(socket));
    }

    auto beyond = connectTo(api.port);
    REQUIRE(beyond);
    QByteArray refused;
    CHECK(readUntilClosed(*beyond, refused));
    CHECK(refused.startsWith("HTTP/1.1 503"));
    CHECK(refused.contains("Retry-After: 1"));

    // One leaves: a later one is served (the server notices the leaving one in its own time).
    open.front()->disconnectFromHost();
    open.erase(open.begin());
    bool served = false;
    waitUntil([&] {
        if (served)
            return true; // waitUntil asks once more at the end
        if (auto next = connectTo(api.port)) {
            next->write(healthRequest(api.token));
            QByteArray buffer;
            served = readKeptAliveAnswer(*next, buffer).startsWith("HTTP/1.1 200");
        }
        return served;
    });
    CHECK(served);
}

TEST_CASE("ordinary requests pass the guard: keep-alive, bodies up to the limit, chunked bodies",
          "[api][limits]")
{
    LiveApi api;

    auto socket = connectTo(api.port);
    REQUIRE(socket);
    QByteArray buffer;
    for (int i = 0; i < 5; ++i) {
        socket->write(healthRequest(api.token));
        CHECK(readKeptAliveAnswer(*socket, buffer).startsWith("HTTP/1.1 200"));
    }

    // Exactly 1 MiB reaches the route, which reads all of it.
    QByteArray body = R"({"endpoints":["nobody-here"],"add":["x"]})";
    body += QByteArray(kMiB - body.size(), ' ');
    REQUIRE(body.size() == kMiB);
    const HttpAnswer full = api.client->send("POST", QStringLiteral("/api/v1/devices/tags"), body);
    CHECK(full.status == 404);
    CHECK(full.errorMessage().contains(QStringLiteral("nobody-here")));

    // A chunked body under the limit arrives whole at the device.
    const auto probe = api.addProbe("dev-1", "</1/0>,</3/0>");
    const QByteArray request = "POST /api/v1/devices/dev-1/resources/3/0/4 HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\nAuthorization: Bearer " +
                               api.token +
                               "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "3;note=first\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n";
    socket->write(request);
    CHECK(readKeptAliveAnswer(*socket, buffer).startsWith("HTTP/1.1 204"));
    const auto executes = probe->requestsTo(coap::Method::Post, "/3/0/4");
    REQUIRE(executes.size() == 1);
    CHECK(std::string(executes[0].payload.begin(), executes[0].payload.end()) == "abcdefg");
}
