#include "engine_test_support.h"

#include <set>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;
using Tags = std::vector<std::string>;

namespace {

/// The endpoints devicesChanged reported, collected on the engine thread.
class ChangedEndpoints
{
public:
    explicit ChangedEndpoints(Engine& engine)
    {
        QObject::connect(&engine, &Engine::devicesChanged, &m_receiver,
                         [this](const std::vector<std::string>& endpoints) {
                             std::lock_guard lock(m_mutex);
                             m_seen.insert(endpoints.begin(), endpoints.end());
                         },
                         Qt::DirectConnection);
    }
    bool waitFor(const std::set<std::string>& expected)
    {
        return hangar::test::waitFor(
            [&] {
                std::lock_guard lock(m_mutex);
                return std::ranges::includes(m_seen, expected);
            },
            5000ms);
    }
    std::set<std::string> seen()
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_seen.clear();
    }

private:
    QObject m_receiver;
    std::mutex m_mutex;
    std::set<std::string> m_seen;
};

Expected<std::size_t> setTags(LocalEngine& engine, Tags endpoints, Tags add, Tags remove = {})
{
    Outcome<std::size_t> done;
    engine.setDeviceTags(std::move(endpoints), std::move(add), std::move(remove), done.callback());
    return done.get();
}

Tags listed(LocalEngine& engine, store::DeviceQuery query)
{
    auto page = engine.listDevices(query);
    INFO((page ? std::string() : page.error().message));
    REQUIRE(page.has_value());
    Tags endpoints;
    for (const auto& device : page->items)
        endpoints.push_back(device.endpoint);
    return endpoints;
}

store::DeviceQuery byTag(std::string tag)
{
    store::DeviceQuery query;
    query.tag = std::move(tag);
    return query;
}

} // namespace

TEST_CASE("setDeviceTags tags devices in bulk, counts the changed ones and reports them",
          "[engine][tags]")
{
    TestEngine engine;
    ChangedEndpoints changes(*engine.engine);
    std::vector<std::unique_ptr<RawDevice>> devices;
    for (const char* endpoint : {"tag-1", "tag-2", "tag-3"}) {
        devices.push_back(std::make_unique<RawDevice>(engine->coapPort()));
        REQUIRE(devices.back()->registerWith({std::string("ep=") + endpoint}).has_value());
    }
    REQUIRE(engine->flushStore().has_value());
    REQUIRE(changes.waitFor({"tag-1", "tag-2", "tag-3"}));
    changes.clear();

    auto tagged = setTags(*engine.engine, {"tag-1", "tag-2"}, {"pump", "plant3"});
    REQUIRE(tagged.has_value());
    CHECK(*tagged == 2);
    // Done comes after the commit: the store shows the tags at once.
    CHECK(engine->device("tag-1")->tags == Tags{"plant3", "pump"});
    CHECK(listed(*engine.engine, byTag("pump")) == Tags{"tag-1", "tag-2"});
    CHECK(changes.waitFor({"tag-1", "tag-2"}));

    auto moved = setTags(*engine.engine, {"tag-2", "tag-3"}, {"plant4"}, {"plant3"});
    REQUIRE(moved.has_value());
    CHECK(*moved == 2);
    CHECK(engine->device("tag-2")->tags == Tags{"plant4", "pump"});
    CHECK(listed(*engine.engine, byTag("plant3")) == Tags{"tag-1"});
    store::DeviceQuery text;
    text.text = "PLANT4";
    CHECK(listed(*engine.engine, text) == Tags{"tag-2", "tag-3"});

    auto same = setTags(*engine.engine, {"tag-1"}, {"pump"});
    REQUIRE(same.has_value());
    CHECK(*same == 0);
}

TEST_CASE("setDeviceTags with an unknown endpoint or a bad tag fails and changes nothing",
          "[engine][tags]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    REQUIRE(device.registerWith({"ep=known-1"}).has_value());
    REQUIRE(engine->flushStore().has_value());

    auto unknown = setTags(*engine.engine, {"known-1", "nobody-9"}, {"pump"});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK_THAT(unknown.error().message, Catch::Contains("nobody-9"));
    CHECK(engine->device("known-1")->tags.empty());

    auto bad = setTags(*engine.engine, {"known-1"}, {"pump", "no spaces"});
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK_THAT(bad.error().message, Catch::Contains("no spaces"));
    auto badRemove = setTags(*engine.engine, {"known-1"}, {}, {std::string(65, 'x')});
    REQUIRE_FALSE(badRemove.has_value());
    CHECK(badRemove.error().code == ErrorCode::InvalidArgument);
    CHECK(engine->device("known-1")->tags.empty());
}

TEST_CASE("the device record carries its peer address and re-registration keeps its tags",
          "[engine][tags]")
{
    TestEngine engine;
    RawDevice first(engine->coapPort());
    auto registered = first.registerWith({"ep=moving-1"});
    REQUIRE(registered.has_value());
    auto stored = engine.storedDevice("moving-1");
    REQUIRE(stored.has_value());
    const auto local = first.context.sessionInfo(first.session);
    REQUIRE(local.has_value());
    CHECK(stored->address == "127.0.0.1:" + std::to_string(local->localPort));
    REQUIRE(setTags(*engine.engine, {"moving-1"}, {"pump"}).has_value());

    // The device comes back from another port: new address, same tags.
    RawDevice second(engine->coapPort());
    auto again = second.registerWith({"ep=moving-1"});
    REQUIRE(again.has_value());
    CHECK(again->code == ResponseCode::Created);
    auto moved = engine.storedDevice("moving-1");
    REQUIRE(moved.has_value());
    const auto secondLocal = second.context.sessionInfo(second.session);
    REQUIRE(secondLocal.has_value());
    CHECK(moved->address == "127.0.0.1:" + std::to_string(secondLocal->localPort));
    CHECK(moved->address != stored->address);
    CHECK(moved->registrationId != stored->registrationId);
    CHECK(moved->tags == Tags{"pump"});
    CHECK(listed(*engine.engine, byTag("pump")) == Tags{"moving-1"});
}

TEST_CASE("tags survive an engine restart and forgetting the device drops them", "[engine][tags]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    EngineConfig config;
    config.dataDir = dir.path().toStdString();
    config.coap = ListenAddress{"127.0.0.1", 0};
    config.coaps.reset(); // not the default 5684: test processes run side by side
    {
        auto engine = LocalEngine::start(config);
        REQUIRE(engine.has_value());
        RawDevice device((*engine)->coapPort());
        REQUIRE(device.registerWith({"ep=keep-1"}).has_value());
        REQUIRE((*engine)->flushStore().has_value());
        REQUIRE(setTags(**engine, {"keep-1"}, {"plant3", "zone:a"}).has_value());
    }
    auto restarted = LocalEngine::start(config);
    REQUIRE(restarted.has_value());
    auto device = (*restarted)->device("keep-1");
    REQUIRE(device.has_value());
    CHECK(device->status == store::DeviceStatus::Registered); // its registration is restored, tags kept
    CHECK(device->tags == Tags{"plant3", "zone:a"});
    CHECK(listed(**restarted, byTag("zone:a")) == Tags{"keep-1"});

    Outcome<void> forgotten;
    (*restarted)->forgetDevice("keep-1", forgotten.callback());
    REQUIRE(forgotten.get().has_value());
    RawDevice back((*restarted)->coapPort());
    REQUIRE(back.registerWith({"ep=keep-1"}).has_value());
    REQUIRE((*restarted)->flushStore().has_value());
    auto fresh = (*restarted)->device("keep-1");
    REQUIRE(fresh.has_value());
    CHECK(fresh->tags.empty());
    CHECK(listed(**restarted, byTag("plant3")).empty());
}
