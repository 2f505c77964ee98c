// The Devices table's sort order: natural text order, addresses, numbers, multi-column ties,
// and the same order whether rows arrive, change or the whole table is sorted.
#include "inventory/device_filter.h"
#include "inventory/device_table_model.h"
#include "inventory/stable_key_sort.h"

#include <QAbstractItemModelTester>

#include "shown_endpoints.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace hangar;
using namespace hangar::app;
using hangar::app::test::shownEndpoints;

namespace {

store::DeviceRecord device(const std::string& endpoint)
{
    store::DeviceRecord r;
    r.endpoint = endpoint;
    r.model = "HT-210";
    r.serialNumber = "SN-" + endpoint;
    r.firmwareVersion = "1.0";
    r.lastSeenMs = 1'700'000'000'000;
    r.lifetimeSec = 60;
    return r;
}

std::vector<store::DeviceRecord> devices(const std::vector<std::string>& endpoints)
{
    std::vector<store::DeviceRecord> records;
    for (const std::string& endpoint : endpoints)
        records.push_back(device(endpoint));
    return records;
}

std::vector<std::string> reversed(std::vector<std::string> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

/// Rows whose `column` differs from a neighbour's in a varied, reproducible way.
std::vector<store::DeviceRecord> variedFleet(int count, std::uint32_t seed)
{
    std::mt19937 random(seed);
    const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    static const char* models[] = {"HT-210", "ht-210", "PC-400", "", "EM-3", "EM-30"};
    std::vector<store::DeviceRecord> records;
    for (int i = 0; i < count; ++i) {
        store::DeviceRecord r = device("dev-" + std::to_string(pick(40)) + "-" + std::to_string(i));
        r.model = models[pick(6)];
        r.firmwareVersion = std::to_string(pick(3)) + "." + std::to_string(pick(12));
        r.status = static_cast<store::DeviceStatus>(1 + pick(3));
        r.lastSeenMs = pick(2) ? 0 : 1'700'000'000'000 + pick(50);
        r.lifetimeSec = 30 * (1 + pick(5));
        r.address = pick(4) ? "10.0." + std::to_string(pick(3)) + "." + std::to_string(pick(20)) + ":5683"
                            : "[2001:db8::" + std::to_string(pick(16)) + "]:5683";
        if (pick(2))
            r.tags = {pick(2) ? "north" : "south"};
        records.push_back(r);
    }
    return records;
}

} // namespace

TEST_CASE("text columns sort naturally, ignoring case, with long numbers and UTF-8", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::string longest = "n-" + std::string(300, '1');
    const std::string longer = "n-" + std::string(256, '9');
    const std::string longNumber = "n-" + std::string(254, '9');
    // Shuffled on purpose: the expected order is spelled out below.
    model.upsert(devices({"zeta", "dev-10", longest, "Dev-9", "dev-7", "dév-1", "DEV-1", "dev-8",
                          "dev-007", "dev-", longNumber, "dev-99999999999999999999", "dev-1a",
                          longer}),
                 1);
    // "dev-007" and "dev-7" are the same number: the endpoint's own text breaks the tie.
    const std::vector<std::string> ascending{"dev-",  "DEV-1",   "dev-1a", "dev-007", "dev-7",
                                             "dev-8", "Dev-9",   "dev-10", "dev-99999999999999999999",
                                             "dév-1", longNumber, longer,   longest,  "zeta"};
    CHECK(shownEndpoints(model) == ascending);

    model.sort(static_cast<int>(DeviceColumn::Endpoint), Qt::DescendingOrder);
    std::vector<std::string> descending = reversed(ascending);
    // Equal keys keep their previous order, also when descending.
    std::swap(descending[9], descending[10]);
    REQUIRE(descending[9] == "dev-007");
    CHECK(shownEndpoints(model) == descending);
}

TEST_CASE("empty values sort first ascending and last descending", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<store::DeviceRecord> records = devices({"a", "b", "c", "d"});
    records[0].firmwareVersion = "2.0";
    records[1].firmwareVersion.reset();
    records[2].firmwareVersion = "10.0";
    records[3].firmwareVersion = "";
    model.upsert(records, 1);
    model.sort(static_cast<int>(DeviceColumn::Firmware), Qt::AscendingOrder);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"b", "d", "a", "c"});
    model.sort(static_cast<int>(DeviceColumn::Firmware), Qt::DescendingOrder);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"c", "a", "b", "d"});
}

TEST_CASE("addresses sort by family, numeric value and port", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Endpoint "eN" expects to be shown N-th; given in a scrambled order.
    const std::vector<std::pair<std::string, std::string>> expected{
        {"e00", ""},
        {"e01", "9.1.1.1:5683"},
        {"e02", "10.0.0.8"},
        {"e03", "[::ffff:10.0.0.8]:5683"}, // IPv4-mapped: sorts as IPv4
        {"e04", "10.0.0.9:80"},
        {"e05", "10.0.0.9:5683"},
        {"e06", "10.0.0.10:5683"},
        {"e07", "192.168.1.2:5683"},
        {"e08", "[::1]:5683"},
        {"e09", "[::ffff]:5683"},      // 0xffff before 0x10000, unlike text order
        {"e10", "[::1:0]:5683"},
        {"e11", "[2001:db8::9]:5683"},
        {"e12", "[2001:DB8::10]:5683"}, // hex digits in either case
        {"e13", "fe80::1"},
        {"e14", "[not-an-address]:5683"}, // not addresses: after all addresses, as text
        {"e15", "gateway.local:5683"},
    };
    std::vector<store::DeviceRecord> records;
    for (const int i : {7, 12, 0, 15, 3, 9, 1, 14, 5, 10, 2, 13, 8, 4, 11, 6}) {
        records.push_back(device(expected[static_cast<std::size_t>(i)].first));
        records.back().address = expected[static_cast<std::size_t>(i)].second;
    }
    model.upsert(records, 1);
    std::vector<std::string> order;
    for (const auto& [endpoint, address] : expected)
        order.push_back(endpoint);

    model.sort(static_cast<int>(DeviceColumn::Address), Qt::AscendingOrder);
    CHECK(shownEndpoints(model) == order);
    model.sort(static_cast<int>(DeviceColumn::Address), Qt::DescendingOrder);
    CHECK(shownEndpoints(model) == reversed(order));
}

TEST_CASE("numbers and statuses sort by value; results naturally", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<store::DeviceRecord> records = devices({"a", "b", "c", "d"});
    records[0].lifetimeSec = 3600;
    records[1].lifetimeSec = 60;
    records[2].lifetimeSec = 86'400'000'000; // wider than 32 bits
    records[3].lifetimeSec = 600;
    records[0].lastSeenMs = 1'700'000'000'000;
    records[1].lastSeenMs = 0; // never seen
    records[2].lastSeenMs = 1'600'000'000'000;
    records[3].lastSeenMs = 1'700'000'000'001;
    records[0].status = store::DeviceStatus::Offline;
    records[1].status = store::DeviceStatus::Sleeping;
    records[2].status = store::DeviceStatus::Registered;
    records[3].status = store::DeviceStatus::Offline;
    model.upsert(records, 1);

    model.sort(static_cast<int>(DeviceColumn::Lifetime), Qt::AscendingOrder);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"b", "d", "a", "c"});
    model.sort(static_cast<int>(DeviceColumn::LastSeen), Qt::AscendingOrder);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"b", "c", "a", "d"});
    // Online, sleeping, offline; the two offline rows keep their last-seen order.
    model.sort(static_cast<int>(DeviceColumn::Status), Qt::AscendingOrder);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"c", "b", "a", "d"});

    model.setResult("a", QStringLiteral("Read 14 values"), false);
    model.setResult("b", QStringLiteral("read 9 values"), false);
    model.setResult("d", QStringLiteral("Read failed"), true);
    model.sort(static_cast<int>(DeviceColumn::Result), Qt::AscendingOrder);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"c", "b", "a", "d"});
    // A new result moves its row.
    model.setResult("c", QStringLiteral("Read 10 values"), false);
    CHECK(shownEndpoints(model) == std::vector<std::string>{"b", "c", "a", "d"});
    model.clearResults();
    CHECK(shownEndpoints(model) == std::vector<std::string>{"c", "b", "a", "d"});
}

TEST_CASE("ties keep the order of the previous sorts", "[app][inventory]")
{
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.upsert(variedFleet(600, 11), 1);
    const auto column = [](DeviceColumn c) { return static_cast<int>(c); };
    model.sort(column(DeviceColumn::Lifetime), Qt::DescendingOrder);
    model.sort(column(DeviceColumn::Firmware), Qt::AscendingOrder);
    model.sort(column(DeviceColumn::Model), Qt::DescendingOrder);
    int compared = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const DeviceRow& a = model.visibleRow(row - 1);
        const DeviceRow& b = model.visibleRow(row);
        const int byModel = compareRows(a, b, DeviceColumn::Model);
        REQUIRE(byModel >= 0);
        if (byModel != 0)
            continue;
        const int byFirmware = compareRows(a, b, DeviceColumn::Firmware);
        REQUIRE(byFirmware <= 0);
        if (byFirmware == 0) {
            REQUIRE(compareRows(a, b, DeviceColumn::Lifetime) >= 0);
            ++compared;
        }
    }
    CHECK(compared > 100); // the data has many ties on model and firmware
}

TEST_CASE("rows that arrive or change take the place a full sort gives them", "[app][inventory]")
{
    const auto column = GENERATE(DeviceColumn::Endpoint, DeviceColumn::Model, DeviceColumn::Firmware,
                                 DeviceColumn::Status, DeviceColumn::LastSeen, DeviceColumn::Address,
                                 DeviceColumn::Tags);
    const auto order = GENERATE(Qt::AscendingOrder, Qt::DescendingOrder);
    INFO("column " << static_cast<int>(column) << " order " << order);
    const std::vector<store::DeviceRecord> first = variedFleet(400, 3);
    std::vector<store::DeviceRecord> changed = variedFleet(400, 4); // same endpoints, new data
    for (std::size_t i = 0; i < first.size(); ++i)
        changed[i].endpoint = first[i].endpoint;

    DeviceTableModel live;
    QAbstractItemModelTester tester(&live, QAbstractItemModelTester::FailureReportingMode::Fatal);
    live.sort(static_cast<int>(DeviceColumn::Tags), Qt::AscendingOrder);
    live.sort(static_cast<int>(column), order);
    live.upsert({first.begin(), first.begin() + 200}, 1); // one large batch
    for (std::size_t i = 200; i < 230; ++i)
        live.upsert({first[i]}, 1); // row by row
    live.upsert({first.begin() + 230, first.end()}, 1);
    for (std::size_t i = 0; i < 20; ++i)
        live.upsert({changed[i * 7]}, 2); // single changes move rows
    live.upsert({changed.begin() + 200, changed.end()}, 2);
    live.remove({first[1].endpoint, first[300].endpoint});

    // The same final data, sorted at once.
    DeviceTableModel fresh;
    std::vector<store::DeviceRecord> settled = first;
    for (std::size_t i = 0; i < 20; ++i)
        settled[i * 7] = changed[i * 7];
    std::copy(changed.begin() + 200, changed.end(), settled.begin() + 200);
    settled.erase(settled.begin() + 300);
    settled.erase(settled.begin() + 1);
    fresh.upsert(settled, 2);
    fresh.sort(static_cast<int>(DeviceColumn::Tags), Qt::AscendingOrder);
    fresh.sort(static_cast<int>(column), order);
    CHECK(shownEndpoints(live) == shownEndpoints(fresh));
}

TEST_CASE("search still looks at every part of a row", "[app][inventory]")
{
    DeviceTableModel model;
    std::vector<store::DeviceRecord> records = devices({"Pump-A", "meter-b", "valve-c"});
    records[0].tags = {"North", "plant3"};
    records[1].address = "[2001:DB8::7]:5683";
    records[2].model = "Überdruck";
    records[2].firmwareVersion = "2.4.1";
    model.upsert(records, 1);
    const auto shownFor = [&](const char* query) {
        model.setFilter(parseDeviceFilter(QString::fromUtf8(query)));
        return shownEndpoints(model);
    };
    CHECK(shownFor("tag:north") == std::vector<std::string>{"Pump-A"});
    CHECK(shownFor("plant3") == std::vector<std::string>{"Pump-A"}); // a bare word sees tags
    CHECK(shownFor("pump-a") == std::vector<std::string>{"Pump-A"});
    CHECK(shownFor("ip:2001:db8") == std::vector<std::string>{"meter-b"});
    CHECK(shownFor("überdruck") == std::vector<std::string>{"valve-c"});
    CHECK(shownFor("fw:2.4") == std::vector<std::string>{"valve-c"});
    CHECK(shownFor("sn-meter").size() == 1);
    CHECK(shownFor("aht-210").empty()); // a word does not run from the endpoint into the model
}

TEST_CASE("the key sort orders like a stable sort of the keys, both ways", "[app][inventory]")
{
    std::mt19937 random(5);
    // Short alphabets and shared prefixes make ties and zero bytes common.
    std::vector<std::string> keys(5000);
    for (std::string& key : keys) {
        const std::size_t length = random() % 24;
        key = random() % 2 ? "common-prefix-" : "";
        for (std::size_t i = 0; i < length; ++i)
            key.push_back("\0\1a\xff"[random() % 4]);
    }
    std::vector<int> slots(keys.size());
    for (std::size_t i = 0; i < slots.size(); ++i)
        slots[i] = static_cast<int>((i * 7919) % slots.size());
    const auto keyOf = [&](int slot) -> std::string_view { return keys[static_cast<std::size_t>(slot)]; };
    for (const bool descending : {false, true}) {
        std::vector<int> expected = slots;
        std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
            return descending ? keyOf(b) < keyOf(a) : keyOf(a) < keyOf(b);
        });
        std::vector<int> sorted = slots;
        stableSortByKey(sorted, keyOf, descending);
        CHECK(sorted == expected);
    }
}
