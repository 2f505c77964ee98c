#include "store_test_support.h"

#include "store/schema.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

std::int64_t userVersion(const std::string& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const auto version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return version;
}

void execRaw(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

QByteArray fileBytes(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a new store creates the schema at the current version in a private file", "[store][schema]")
{
    TempDatabase temp;
    {
        auto store = openStore(temp.path());
        queued(store->enqueueDevice(makeDevice("dev-1")));
        flushed(*store);
    }
    CHECK(userVersion(temp.path()) == kSchemaVersion);
    const auto permissions = QFileInfo(QString::fromStdString(temp.path())).permissions();
    CHECK(permissions.testFlag(QFile::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFile::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFile::ReadOther));
}

TEST_CASE("reopening a store keeps its data", "[store][schema]")
{
    TempDatabase temp;
    {
        auto store = openStore(temp.path());
        queued(store->enqueueDevice(makeDevice("dev-1")));
        queued(store->enqueueCredential({"dev-1", "id-1", {1, 2, 3}}));
    } // the destructor commits what is queued
    auto store = openStore(temp.path());
    auto device = store->device("dev-1");
    REQUIRE(device.has_value());
    CHECK(*device == makeDevice("dev-1"));
    auto credential = store->credentialByIdentity("id-1");
    REQUIRE(credential.has_value());
    CHECK(credential->pskKey == lwm2m::Bytes{1, 2, 3});
}

TEST_CASE("a database from a newer schema version is refused and left unchanged", "[store][schema]")
{
    TempDatabase temp;
    {
        auto store = openStore(temp.path());
        queued(store->enqueueDevice(makeDevice("dev-1")));
    }
    execRaw(temp.path(), "PRAGMA user_version = 99");
    const auto before = fileBytes(temp.path());

    auto store = SqliteStore::open({temp.path(), {}});
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == ErrorCode::Unsupported);
    CHECK_THAT(store.error().message, Catch::Contains("schema version 99"));
    CHECK_THAT(store.error().message, Catch::Contains(temp.path()));
    CHECK(userVersion(temp.path()) == 99);
    CHECK(fileBytes(temp.path()) == before);
}

TEST_CASE("a file of garbage bytes fails to open with a clear error and is not overwritten", "[store][schema]")
{
    TempDatabase temp;
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(static_cast<char>((i * 7919 + 13) % 251));
    {
        QFile file(QString::fromStdString(temp.path()));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto store = SqliteStore::open({temp.path(), {}});
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == ErrorCode::MalformedInput);
    CHECK_THAT(store.error().message, Catch::Contains(temp.path()));
    CHECK_THAT(store.error().message, Catch::Contains("not a database"));
    CHECK(fileBytes(temp.path()) == garbage);
    CHECK_FALSE(QFile::exists(QString::fromStdString(temp.path() + "-wal")));
}

TEST_CASE("a database file in a missing directory fails with the path in the error", "[store][schema]")
{
    TempDatabase temp;
    const std::string path = temp.dir() + "/missing/hangar.db";
    auto store = SqliteStore::open({path, {}});
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == ErrorCode::IoFailure);
    CHECK_THAT(store.error().message, Catch::Contains(path));
}
