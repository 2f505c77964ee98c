// The simulator panel's live faults and start ramp, as a user of the panel sees them: through
// the embedded engine's requests, registrations and online count.

#include "services/gui_callback.h"
#include "simulator/simulator_panel.h"

#include "event_loop_wait.h"
#include "live_engine.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace hangar;
using namespace std::chrono_literals;
using hangar::test::waitFor;

namespace {

struct FaultsFixture : app::test::LiveEngine
{
    std::unique_ptr<app::SimulatorPanel> panel;

    FaultsFixture()
    {
        panel = std::make_unique<app::SimulatorPanel>(*services, engine->coapPort(), engine->coapsPort());
        panel->resize(1100, 640);
        panel->show();
    }

    ~FaultsFixture()
    {
        if (host->state() == devicesim::SimulatorState::Running)
            host->stop();
        waitFor([this] { return host->state() == devicesim::SimulatorState::Idle; }, 8000ms);
        panel.reset();
        services->waitForQueries();
    }

    template <typename T>
    T* child(const char* name) const
    {
        T* found = panel->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(found != nullptr);
        return found;
    }

    std::int64_t online() const { return engine->health().devicesOnline; }

    /// Starts `count` devices of the built-in profile named `prefix-0001`... from the panel and
    /// waits until all are online and the fault controls can be used; `whileWaiting` runs at
    /// each look meanwhile.
    void startProfileFleet(const char* prefix, int count, double rampPerSec = 0.0,
                           const std::function<void()>& whileWaiting = {})
    {
        child<QSpinBox>("deviceCount")->setValue(count);
        child<QLineEdit>("endpointPrefix")->setText(QString::fromLatin1(prefix));
        child<QDoubleSpinBox>("rampPerSec")->setValue(rampPerSec);
        QTest::mouseClick(child<QPushButton>("startFleet"), Qt::LeftButton);
        REQUIRE(waitFor(
            [&] {
                if (whileWaiting)
                    whileWaiting();
                return online() == count;
            },
            15000ms));
        REQUIRE(waitFor([&] { return child<QSpinBox>("latencyMs")->isEnabled(); }, 2000ms));
    }

    /// When the engine recorded each "registered" event of `endpoint` (ms since the epoch).
    std::vector<std::int64_t> registrations(const std::string& endpoint) const
    {
        REQUIRE(engine->flushStore().has_value());
        auto events = engine->eventsSince(0, 10'000);
        REQUIRE(events.has_value());
        std::vector<std::int64_t> times;
        for (const store::EventRecord& event : *events) {
            if (event.kind == "registered" && event.endpoint == endpoint)
                times.push_back(event.timeMs);
        }
        return times;
    }

    /// Reads /3/0 of `endpoint` through the engine; the result and how long it took.
    std::pair<Expected<engine::ReadResult>, std::chrono::milliseconds> readDevice(const std::string& endpoint,
                                                                                 std::chrono::milliseconds timeout)
    {
        std::optional<Expected<engine::ReadResult>> result;
        engine::ReadOptions options;
        options.timeout = timeout;
        QElapsedTimer clock;
        clock.start();
        engine->read(endpoint, lwm2m::LwM2mPath(3, 0), options,
                     app::onGui<engine::ReadResult>(engine.get(), [&](Expected<engine::ReadResult> answer) {
                         result = std::move(answer);
                     }));
        REQUIRE(waitFor([&] { return result.has_value(); }, timeout + 5000ms));
        return {std::move(*result), std::chrono::milliseconds(clock.elapsed())};
    }
};

std::string endpointName(const char* prefix, int n)
{
    return QStringLiteral("%1-%2").arg(QString::fromLatin1(prefix)).arg(n, 4, 10, QLatin1Char('0')).toStdString();
}

} // namespace

TEST_CASE("latency set in the panel while running delays the devices' answers", "[app][simulator][faults]")
{
    FaultsFixture fixture;
    fixture.startProfileFleet("slow", 2);
    const std::string endpoint = endpointName("slow", 1);
    REQUIRE(fixture.readDevice(endpoint, 10s).first.has_value());

    constexpr int kLatencyMs = 800;
    fixture.child<QSpinBox>("latencyMs")->setValue(kLatencyMs);
    hangar::test::spin(500ms); // the edit is applied shortly after the last change
    // The request and its answer each wait in the relay: a round trip takes two latencies.
    const auto [slowed, took] = fixture.readDevice(endpoint, 10s);
    REQUIRE(slowed.has_value());
    CHECK(took >= std::chrono::milliseconds(2 * kLatencyMs));
    CHECK_FALSE(slowed->fromCache);

    fixture.child<QSpinBox>("latencyMs")->setValue(0);
    hangar::test::spin(500ms);
}

TEST_CASE("a partition started in the panel cuts one group's devices off; a short one in its place ends it",
          "[app][simulator][faults]")
{
    FaultsFixture fixture;
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("short-lived.json"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // A short lifetime, so that the engine notices the silence within seconds.
        file.write(R"({"groups": [
            {"name": "cut", "profile": "temperature-humidity", "count": 3, "endpoint": "cut-{n}", "lifetimeSec": 2},
            {"name": "kept", "profile": "temperature-humidity", "count": 2, "endpoint": "kept-{n}", "lifetimeSec": 2}]})");
    }
    fixture.child<QTabWidget>("fleetSource")->setCurrentIndex(1);
    auto* pathEdit = fixture.child<QLineEdit>("scenarioPath");
    pathEdit->setText(path);
    QTest::keyClick(pathEdit, Qt::Key_Return);
    auto* start = fixture.child<QPushButton>("startFleet");
    REQUIRE(waitFor([&] { return start->isEnabled(); }, 5000ms));
    QTest::mouseClick(start, Qt::LeftButton);
    REQUIRE(waitFor([&] { return fixture.online() == 5; }, 15000ms));
    auto* partitionNow = fixture.child<QPushButton>("partitionNow");
    REQUIRE(waitFor([&] { return partitionNow->isEnabled(); }, 2000ms));
    auto* group = fixture.child<QComboBox>("faultGroup");
    group->setCurrentIndex(group->findText(QStringLiteral("cut")));
    REQUIRE(group->currentText() == QStringLiteral("cut"));

    auto* seconds = fixture.child<QSpinBox>("partitionSec");
    seconds->setValue(120);
    QTest::mouseClick(partitionNow, Qt::LeftButton);
    auto* status = fixture.child<QLabel>("faultStatus");
    CHECK(status->isVisible());
    CHECK(status->text().contains(QStringLiteral("Partitioned")));

    const auto [unreachable, took] = fixture.readDevice("cut-1", 1500ms);
    REQUIRE_FALSE(unreachable.has_value());
    CHECK(unreachable.error().code == ErrorCode::Timeout);
    // Their Updates are lost too: the registrations run out. The other group is not affected.
    REQUIRE(waitFor([&] { return fixture.online() == 2; }, 8000ms));
    CHECK(fixture.readDevice("kept-1", 5s).first.has_value());
    hangar::test::spin(1000ms);
    CHECK(fixture.online() == 2);

    // Two minutes is too long to wait: End partition lets the packets through at once, and the
    // devices register anew.
    auto* endPartition = fixture.child<QPushButton>("endPartition");
    REQUIRE(endPartition->isEnabled());
    QTest::mouseClick(endPartition, Qt::LeftButton);
    CHECK_FALSE(status->isVisible());
    CHECK_FALSE(endPartition->isEnabled());
    REQUIRE(waitFor([&] { return fixture.online() == 5; }, 15000ms));
    CHECK(fixture.readDevice("cut-1", 5s).first.has_value());

    // A partition from now also replaces a running one: a one-second partition over a long one
    // ends after a second.
    seconds->setValue(120);
    QTest::mouseClick(partitionNow, Qt::LeftButton);
    CHECK(endPartition->isEnabled());
    seconds->setValue(1);
    QTest::mouseClick(partitionNow, Qt::LeftButton);
    REQUIRE(waitFor([&] { return !status->isVisible(); }, 5000ms));
    CHECK_FALSE(endPartition->isEnabled());
    CHECK(fixture.readDevice("cut-1", 5s).first.has_value());
}

TEST_CASE("a reboot loop set in the panel makes the devices register again and again", "[app][simulator][faults]")
{
    FaultsFixture fixture;
    fixture.startProfileFleet("boot", 2);
    const std::string endpoint = endpointName("boot", 2);
    const std::size_t before = fixture.registrations(endpoint).size();
    const std::size_t otherBefore = fixture.registrations(endpointName("boot", 1)).size();
    REQUIRE(before >= 1);

    fixture.child<QSpinBox>("rebootEverySec")->setValue(1);
    // Each device reboots a second after it registered, is down a second, and registers again.
    REQUIRE(waitFor([&] { return fixture.registrations(endpoint).size() >= before + 2; }, 12000ms));
    CHECK(fixture.registrations(endpointName("boot", 1)).size() >= otherBefore + 1);

    fixture.child<QSpinBox>("rebootEverySec")->setValue(0);
    hangar::test::spin(500ms);
}

TEST_CASE("a start ramp set in the panel brings the devices online one after another", "[app][simulator][faults]")
{
    FaultsFixture fixture;
    constexpr int kDevices = 5;
    constexpr double kPerSec = 2.0;
    // What the panel's progress bar said while the fleet came up.
    std::set<int> progressShown;
    auto* progress = fixture.child<QProgressBar>("simulatorProgress");
    fixture.startProfileFleet("ramp", kDevices, kPerSec, [&] {
        if (progress->isVisible() && progress->maximum() == kDevices)
            progressShown.insert(progress->value());
    });

    std::vector<std::int64_t> firstRegistered;
    for (int n = 1; n <= kDevices; ++n) {
        const std::vector<std::int64_t> times = fixture.registrations(endpointName("ramp", n));
        REQUIRE_FALSE(times.empty());
        firstRegistered.push_back(times.front());
    }
    INFO("registered at (ms after the first): " << [&] {
        std::string text;
        for (const std::int64_t t : firstRegistered)
            text += std::to_string(t - firstRegistered.front()) + " ";
        return text;
    }());
    // In the order of their names, and spread over (at least most of) the ramp's four gaps of
    // half a second; all at once they would arrive within a few milliseconds.
    CHECK(std::ranges::is_sorted(firstRegistered));
    CHECK(firstRegistered.back() - firstRegistered.front() >= 1500);
    // The panel showed a part of the fleet registered on the way.
    CHECK(std::ranges::any_of(progressShown, [](int registered) { return registered > 0 && registered < kDevices; }));
}
