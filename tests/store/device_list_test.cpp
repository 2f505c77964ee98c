#include "store_test_support.h"

#include <set>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

constexpr int kDevices = 3000;

std::string endpointOf(int i)
{
    char name[32];
    std::snprintf(name, sizeof name, "sensor-%05d", i);
    return name;
}

// Every third device sleeps, every fifth is offline; vendors and models rotate.
DeviceRecord listedDevice(int i)
{
    auto status = DeviceStatus::Registered;
    if (i % 5 == 0)
        status = DeviceStatus::Offline;
    else if (i % 3 == 0)
        status = DeviceStatus::Sleeping;
    auto device = makeDevice(endpointOf(i), status);
    device.manufacturer = i % 2 == 0 ? "Acme Corp" : "Globex";
    device.model = "Model-" + std::to_string(i % 7);
    device.serialNumber = "SN" + std::to_string(100000 + i);
    return device;
}

std::unique_ptr<SqliteStore> filledStore(const TempDatabase& temp)
{
    auto store = openStore(temp.path());
    // Enqueued in reverse so the list order cannot come from insertion order.
    for (int i = kDevices - 1; i >= 0; --i)
        queued(store->enqueueDevice(listedDevice(i)));
    flushed(*store);
    return store;
}

} // namespace

TEST_CASE("device pages are ordered by endpoint and walk every device exactly once", "[store][list]")
{
    TempDatabase temp;
    auto store = filledStore(temp);
    std::vector<std::string> seen;
    for (int offset = 0;; offset += 50) {
        auto page = store->listDevices({"", std::nullopt, 50, offset});
        REQUIRE(page.has_value());
        CHECK(page->total == kDevices);
        if (page->items.empty())
            break;
        for (const auto& device : page->items)
            seen.push_back(device.endpoint);
    }
    REQUIRE(seen.size() == kDevices);
    for (int i = 0; i < kDevices; ++i)
        REQUIRE(seen[static_cast<std::size_t>(i)] == endpointOf(i));
    auto deep = store->listDevices({"", std::nullopt, 50, 2990});
    CHECK(deep->items.size() == 10);
    CHECK(deep->items.front() == listedDevice(2990));
}

TEST_CASE("device list filters by status and by text in any searched field", "[store][list]")
{
    TempDatabase temp;
    auto store = filledStore(temp);

    auto offline = store->listDevices({"", DeviceStatus::Offline, 50, 0});
    REQUIRE(offline.has_value());
    CHECK(offline->total == kDevices / 5);
    CHECK(offline->items.size() == 50);
    for (const auto& device : offline->items)
        CHECK(device.status == DeviceStatus::Offline);
    CHECK(offline->items[1].endpoint == endpointOf(5));

    // Endpoint substring, case-insensitive.
    auto byEndpoint = store->listDevices({"SENSOR-0012", std::nullopt, 50, 0});
    CHECK(byEndpoint->total == 10); // sensor-00120 .. sensor-00129
    // Manufacturer, model and serial number are searched too.
    CHECK(store->listDevices({"globex", std::nullopt, 50, 0})->total == kDevices / 2);
    CHECK(store->listDevices({"model-3", std::nullopt, 50, 0})->total == 429);
    auto bySerial = store->listDevices({"sn101234", std::nullopt, 50, 0});
    REQUIRE(bySerial->total == 1);
    CHECK(bySerial->items[0].endpoint == endpointOf(1234));
    // A match may not span two fields.
    CHECK(store->listDevices({"globexmodel", std::nullopt, 50, 0})->total == 0);

    // Text and status together, with paging.
    auto both = store->listDevices({"acme", DeviceStatus::Sleeping, 20, 20});
    REQUIRE(both.has_value());
    std::int64_t expected = 0;
    for (int i = 0; i < kDevices; ++i)
        expected += (i % 2 == 0 && i % 5 != 0 && i % 3 == 0) ? 1 : 0;
    CHECK(both->total == expected);
    CHECK(both->items.size() == 20);
    for (const auto& device : both->items) {
        CHECK(device.status == DeviceStatus::Sleeping);
        CHECK(device.manufacturer == std::optional<std::string>("Acme Corp"));
    }
    CHECK(store->listDevices({"no-such-thing", std::nullopt, 50, 0})->items.empty());
    CHECK(store->listDevices({"", std::nullopt, 0, 0})->total == kDevices);
}
