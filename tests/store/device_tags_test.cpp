#include "store_test_support.h"

#include "store/device_tags.h"
#include "store/schema.h"

#include <sqlite3.h>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;

namespace {

/// Applies a tag change and returns its outcome once durable.
DeviceTagOutcome changeTags(Store& store, std::vector<std::string> endpoints,
                            std::vector<std::string> add, std::vector<std::string> remove = {})
{
    auto outcome = std::make_shared<DeviceTagOutcome>();
    queued(store.enqueueDeviceTags({std::move(endpoints), std::move(add), std::move(remove)}, outcome));
    flushed(store);
    return *outcome;
}

std::vector<std::string> tagsOf(Store& store, const std::string& endpoint)
{
    auto device = store.device(endpoint);
    REQUIRE(device.has_value());
    return device->tags;
}

std::vector<std::string> endpointsOf(const Expected<DevicePage>& page)
{
    INFO((page ? std::string() : page.error().message));
    REQUIRE(page.has_value());
    std::vector<std::string> endpoints;
    for (const auto& device : page->items)
        endpoints.push_back(device.endpoint);
    CHECK(page->total == static_cast<std::int64_t>(endpoints.size()));
    return endpoints;
}

DeviceQuery tagQuery(std::string tag, std::string text = {})
{
    DeviceQuery query;
    query.text = std::move(text);
    query.tag = std::move(tag);
    return query;
}

using Tags = std::vector<std::string>;

} // namespace

TEST_CASE("tags are 1 to 64 letters, digits and - _ . : and anything else is refused", "[store][tags]")
{
    for (const char* good : {"a", "plant3", "Site-A_2.b:x", "0"})
        CHECK(validateTag(good).has_value());
    CHECK(validateTag(std::string(64, 'x')).has_value());
    for (const std::string& bad : {std::string(), std::string(65, 'x'), std::string("two words"),
                                   std::string("a,b"), std::string("tag/1"), std::string("ü")}) {
        auto refused = validateTag(bad);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK_THAT(refused.error().message, Catch::Contains("tag"));
    }
    auto normalized = normalizeTags({"b", "a", "b", "C"});
    REQUIRE(normalized.has_value());
    CHECK(*normalized == Tags{"C", "a", "b"});
}

TEST_CASE("invalid tags are refused at once and queue nothing", "[store][tags]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev-1")));
    const auto before = store->stats().enqueued;

    auto outcome = std::make_shared<DeviceTagOutcome>();
    auto refused = store->enqueueDeviceTags({{"dev-1"}, {"ok", "not ok"}, {}}, outcome);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK_THAT(refused.error().message, Catch::Contains("not ok"));

    auto device = makeDevice("dev-2");
    device.tags = {"a;b"};
    CHECK_FALSE(store->enqueueDevice(device).has_value());
    CHECK(store->stats().enqueued == before);

    auto badFilter = store->listDevices(tagQuery("a b"));
    REQUIRE_FALSE(badFilter.has_value());
    CHECK(badFilter.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a bulk tag change removes then adds and reports only the devices it changed", "[store][tags]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    for (const char* endpoint : {"dev-1", "dev-2", "dev-3"})
        queued(store->enqueueDevice(makeDevice(endpoint)));

    auto first = changeTags(*store, {"dev-1", "dev-2", "dev-1"}, {"pump", "plant3", "pump"});
    CHECK_FALSE(first.error.has_value());
    CHECK(first.changed == Tags{"dev-1", "dev-2"});
    CHECK(tagsOf(*store, "dev-1") == Tags{"plant3", "pump"});
    CHECK(tagsOf(*store, "dev-3").empty());

    // dev-2 already has "pump" and not "old": unchanged devices are not counted.
    auto again = changeTags(*store, {"dev-2", "dev-3"}, {"pump"}, {"old"});
    CHECK(again.changed == Tags{"dev-3"});

    auto moved = changeTags(*store, {"dev-1", "dev-2", "dev-3"}, {"plant4"}, {"plant3"});
    CHECK(moved.changed == Tags{"dev-1", "dev-2", "dev-3"});
    CHECK(tagsOf(*store, "dev-1") == Tags{"plant4", "pump"});
    CHECK(tagsOf(*store, "dev-3") == Tags{"plant4", "pump"});

    // In both lists: removed first, then added, so it stays.
    auto both = changeTags(*store, {"dev-1"}, {"pump"}, {"pump", "plant4"});
    CHECK(both.changed == Tags{"dev-1"});
    CHECK(tagsOf(*store, "dev-1") == Tags{"pump"});
}

TEST_CASE("a tag change naming an unknown device changes no device and names it", "[store][tags]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev-1")));
    auto outcome = changeTags(*store, {"dev-1", "ghost-7", "ghost-8"}, {"pump"});
    REQUIRE(outcome.error.has_value());
    CHECK(outcome.error->code == ErrorCode::NotFound);
    CHECK_THAT(outcome.error->message, Catch::Contains("\"ghost-7\"") && Catch::Contains("\"ghost-8\""));
    CHECK(outcome.changed.empty());
    CHECK(tagsOf(*store, "dev-1").empty());
    // The writer goes on serving.
    CHECK(changeTags(*store, {"dev-1"}, {"pump"}).changed == Tags{"dev-1"});
}

TEST_CASE("a device carries at most 64 tags and going over changes nothing", "[store][tags]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    queued(store->enqueueDevice(makeDevice("dev-1")));
    queued(store->enqueueDevice(makeDevice("dev-2")));
    Tags many;
    for (std::size_t i = 0; i < kMaxTagsPerDevice; ++i)
        many.push_back("t" + std::to_string(i));
    CHECK(changeTags(*store, {"dev-1"}, many).changed.size() == 1);
    auto over = changeTags(*store, {"dev-2", "dev-1"}, {"one-more"});
    REQUIRE(over.error.has_value());
    CHECK(over.error->code == ErrorCode::LimitExceeded);
    CHECK_THAT(over.error->message, Catch::Contains("dev-1"));
    CHECK(tagsOf(*store, "dev-2").empty());
    CHECK(tagsOf(*store, "dev-1").size() == kMaxTagsPerDevice);
}

TEST_CASE("the tag filter and the text filter find tags, combined with status", "[store][tags][list]")
{
    TempDatabase temp;
    auto store = openStore(temp.path());
    for (const char* endpoint : {"a-1", "a-2", "b-1", "b-2"})
        queued(store->enqueueDevice(makeDevice(endpoint)));
    auto offline = makeDevice("c-1", DeviceStatus::Offline);
    offline.model = "Pumpmaster";
    queued(store->enqueueDevice(offline));
    changeTags(*store, {"a-1", "b-2", "c-1"}, {"Plant3"});
    changeTags(*store, {"a-2"}, {"plant30", "zone:north"});

    // Exact tag, case ignored; "plant30" is another tag.
    CHECK(endpointsOf(store->listDevices(tagQuery("plant3"))) == Tags{"a-1", "b-2", "c-1"});
    CHECK(endpointsOf(store->listDevices(tagQuery("PLANT3"))) == Tags{"a-1", "b-2", "c-1"});
    CHECK(endpointsOf(store->listDevices(tagQuery("plant"))).empty());
    CHECK(endpointsOf(store->listDevices(tagQuery("zone:north"))) == Tags{"a-2"});
    // A model name is not a tag, even when it reads like one.
    CHECK(endpointsOf(store->listDevices(tagQuery("pumpmaster"))).empty());

    DeviceQuery online = tagQuery("plant3");
    online.status = DeviceStatus::Registered;
    CHECK(endpointsOf(store->listDevices(online)) == Tags{"a-1", "b-2"});
    CHECK(endpointsOf(store->listDevices(tagQuery("plant3", "b-"))) == Tags{"b-2"});

    // The free text matches tags as substrings, ignoring case, but never across two tags.
    DeviceQuery text;
    text.text = "ANT3";
    CHECK(endpointsOf(store->listDevices(text)) == Tags{"a-1", "a-2", "b-2", "c-1"});
    text.text = "north";
    CHECK(endpointsOf(store->listDevices(text)) == Tags{"a-2"});
    text.text = "plant30zone";
    CHECK(endpointsOf(store->listDevices(text)).empty());
    text.text = "pumpmaster";
    CHECK(endpointsOf(store->listDevices(text)) == Tags{"c-1"});

    // Paging with a tag filter counts the matches, not the devices.
    DeviceQuery paged = tagQuery("plant3");
    paged.limit = 2;
    auto page = store->listDevices(paged);
    REQUIRE(page.has_value());
    CHECK(page->items.size() == 2);
    CHECK(page->total == 3);
}

TEST_CASE("re-registering keeps the tags, a restart keeps them and forgetting drops them", "[store][tags]")
{
    TempDatabase temp;
    {
        auto store = openStore(temp.path());
        auto device = makeDevice("dev-1");
        device.address = "192.0.2.7:5683";
        queued(store->enqueueDevice(device));
        changeTags(*store, {"dev-1"}, {"pump"});

        // The registration record knows nothing of tags: writing it keeps the stored ones,
        // and the tag filter still sees them.
        device.registrationId = "reg-again";
        device.model = "Model-9";
        device.address = "[2001:db8::7]:40001";
        device.tags = {"ignored"};
        queued(store->enqueueDevice(device));
        flushed(*store);
        auto stored = store->device("dev-1");
        REQUIRE(stored.has_value());
        CHECK(stored->registrationId == "reg-again");
        CHECK(stored->address == "[2001:db8::7]:40001");
        CHECK(stored->tags == Tags{"pump"});
        CHECK(endpointsOf(store->listDevices(tagQuery("pump"))) == Tags{"dev-1"});
        CHECK(endpointsOf(store->listDevices(tagQuery("ignored"))).empty());
        DeviceQuery model;
        model.text = "model-9";
        CHECK(endpointsOf(store->listDevices(model)) == Tags{"dev-1"});
    }
    {
        auto store = openStore(temp.path());
        CHECK(tagsOf(*store, "dev-1") == Tags{"pump"});
        CHECK(store->device("dev-1")->address == "[2001:db8::7]:40001");
        queued(store->enqueueDeleteDevice("dev-1"));
        flushed(*store);
        CHECK(endpointsOf(store->listDevices(tagQuery("pump"))).empty());
        // A new device with the same endpoint starts with the tags of its record.
        auto fresh = makeDevice("dev-1");
        fresh.tags = {"new", "b", "new"};
        queued(store->enqueueDevice(fresh));
        flushed(*store);
        CHECK(tagsOf(*store, "dev-1") == Tags{"b", "new"});
    }
}
