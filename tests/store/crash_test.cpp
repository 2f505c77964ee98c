#include "store_test_support.h"
#include "process_signal.h"

#include <sqlite3.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

// The last complete "durable <n>" line the helper printed, or -1. The text after the last
// newline may be a line cut by the kill, so it is ignored.
std::int64_t lastReportedDurable(const QByteArray& output)
{
    std::int64_t last = -1;
    const auto lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith("durable "))
            last = lines[i].mid(8).toLongLong();
    }
    return last;
}

struct RawCheck
{
    std::string integrity;
    std::int64_t presentOfReported = 0;
};

// Opens the database like a forensic tool would (plain SQLite, read-write so the WAL can be
// recovered) and counts how many of round `round`'s first `reported` samples are present.
RawCheck inspect(const std::string& path, std::int64_t round, std::int64_t reported)
{
    RawCheck check;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    check.integrity = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT count(DISTINCT time_ms) FROM samples "
                               "WHERE time_ms >= ?1 AND time_ms < ?1 + ?2",
                               -1, &statement, nullptr)
            == SQLITE_OK);
    sqlite3_bind_int64(statement, 1, round * 1'000'000'000);
    sqlite3_bind_int64(statement, 2, reported);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    check.presentOfReported = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return check;
}

} // namespace

TEST_CASE("kill -9 under write load keeps every sample reported durable and the file intact", "[store][crash]")
{
    TempDatabase temp;
    constexpr int kRounds = 5;
    for (int round = 1; round <= kRounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(HANGAR_STORE_CRASH_WRITER),
                     {QString::fromStdString(temp.path()), QString::number(round)});
        REQUIRE(writer.waitForStarted(5000));
        // Wait for the first commits, then kill at a random moment under load.
        QByteArray output;
        while (!output.contains("durable ")) {
            if (!writer.waitForReadyRead(10000))
                FAIL("the helper reported no commit; its stderr: "
                     << writer.readAllStandardError().toStdString());
            output += writer.readAllStandardOutput();
        }
        QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(50, 700)));
        hangar::test::signalProcess(writer, SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        INFO("helper stderr: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const auto reported = lastReportedDurable(output);
        INFO("round " << round << ", samples reported durable: " << reported);
        REQUIRE(reported > 0);
        const auto check = inspect(temp.path(), round, reported);
        CHECK(check.integrity == "ok");
        CHECK(check.presentOfReported == reported);

        // The store itself opens the crashed file cleanly and reads the samples back.
        auto store = openStore(temp.path());
        auto samples = store->samples({"crash-0", lwm2m::LwM2mPath(3303, 0, 5700),
                                       round * 1'000'000'000LL, round * 1'000'000'000LL + reported - 1,
                                       1'000'000, TimeOrder::OldestFirst});
        REQUIRE(samples.has_value());
        CHECK(static_cast<std::int64_t>(samples->size()) >= (reported + 9) / 10);
        CHECK(store->listDevices({})->total == 10);
    }
}
