#include "charts/chart_csv_export.h"
#include "charts/min_max_downsampler.h"
#include "charts/qcustomplot_include.h"
#include "charts/series_list_model.h"
#include "charts/telemetry_chart.h"
#include "charts/telemetry_view.h"
#include "services/app_services.h"
#include "services/gui_callback.h"
#include "services/simulator_host.h"

#include "charts/chart_data_feed.h"
#include "charts/series_loader.h"
#include "engine/local_engine.h"
#include "store/sqlite_store.h"
#include "simulator.h"

#include "event_loop_wait.h"
#include "simulated_fleet.h"
#include "past_sensor.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include "live_engine.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;
using hangar::test::waitFor;

namespace {

/// A real engine on loopback and the services the views use.
struct ChartFixture : app::test::LiveEngine
{
    devicesim::FleetSpec fleet(const std::string& name, const std::string& profile, std::uint32_t count)
    {
        return app::test::oneGroupFleet(engine->coapPort(), name, profile, count);
    }
};


/// Saves a picture of `widget` when HANGAR_SHOT_DIR names a folder (for looking at the view).
void saveShot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("HANGAR_SHOT_DIR");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        widget.grab().save(QDir(folder).filePath(name));
}

constexpr std::int64_t kWeekMs = 7 * 86'400'000LL;

/// A data directory whose store already holds a week of one temperature sampled every 10 s
/// (~21 °C) up to now, with a one-sample spike to 1000 and a dip to -500 in between.
struct WeekOfSamples
{
    QTemporaryDir dir;
    std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    std::int64_t spikeMs = nowMs - kWeekMs / 2 + 4'321;
    std::int64_t dipMs = nowMs - kWeekMs / 3 + 17'000;
    std::size_t samples = 0;

    WeekOfSamples()
    {
        REQUIRE(dir.isValid());
        auto opened = store::SqliteStore::open({dir.filePath(QStringLiteral("hangar.db")).toStdString(), {}});
        REQUIRE(opened.has_value());
        store::Store& store = **opened;
        REQUIRE(store.enqueueDevice(hangar::app::test::pastSensorDevice("week-1")).has_value());
        const lwm2m::LwM2mPath path(3303, 0, 5700);
        std::vector<store::Sample> batch;
        for (std::int64_t t = nowMs - kWeekMs; t <= nowMs; t += 10'000) {
            batch.push_back({"week-1", path, lwm2m::Value::floating(21.0 + std::sin(static_cast<double>(t) / 3.6e6)), t});
            ++samples;
            if (batch.size() == 5000) {
                REQUIRE(store.enqueueSamples(std::move(batch)).has_value());
                REQUIRE(store.flush().has_value());
                batch.clear();
            }
        }
        batch.push_back({"week-1", path, lwm2m::Value::floating(1000.0), spikeMs});
        batch.push_back({"week-1", path, lwm2m::Value::integer(-500), dipMs});
        samples += 2;
        REQUIRE(store.enqueueSamples(std::move(batch)).has_value());
        REQUIRE(store.flush().has_value());
    }
};

} // namespace

TEST_CASE("a 7-day range loads from per-minute buckets and a one-sample spike stays visible", "[app][charts]")
{
    WeekOfSamples week;
    auto engine = app::test::startLoopbackEngine(week.dir.path());
    const SeriesKey key{QStringLiteral("week-1"), QStringLiteral("/3303/0/5700")};
    const std::atomic<bool> running{false};

    SECTION("the loader reads buckets and plots each one's min and max")
    {
        const LoadedSeries loaded = loadSeries(*engine, key, week.nowMs - kWeekMs, week.nowMs,
                                               ChartDataFeed::kMaxPointsPerSeries, running);
        REQUIRE(loaded.error.isEmpty());
        CHECK(loaded.bucketMs == chartBucketMs(week.nowMs - kWeekMs, week.nowMs));
        CHECK(loaded.bucketMs >= 60'000);
        CHECK(loaded.lastTimeMs == week.nowMs);
        // Two points per bucket at most: far fewer than the samples, still in time order.
        CHECK(loaded.points.size() <= 2 * static_cast<std::size_t>(kWeekMs / loaded.bucketMs + 1));
        CHECK(loaded.points.size() < week.samples / 2);
        CHECK(std::ranges::is_sorted(loaded.points, {}, &ChartPoint::key));
        const auto highest = std::ranges::max_element(loaded.points, {}, &ChartPoint::value);
        CHECK(highest->value == 1000.0);
        CHECK(std::abs(highest->key - static_cast<double>(week.spikeMs) / 1000.0) < 60.0);
        const auto lowest = std::ranges::min_element(loaded.points, {}, &ChartPoint::value);
        CHECK(lowest->value == -500.0);
        CHECK(std::abs(lowest->key - static_cast<double>(week.dipMs) / 1000.0) < 60.0);
    }

    SECTION("an hour still loads every sample")
    {
        const std::int64_t from = week.spikeMs - 1'800'000;
        const LoadedSeries loaded = loadSeries(*engine, key, from, from + 3'600'000,
                                               ChartDataFeed::kMaxPointsPerSeries, running);
        CHECK(loaded.bucketMs == 0);
        CHECK(loaded.points.size() == 360 + 1); // every 10 s, and the spike
    }

    SECTION("a cancelled load reads nothing")
    {
        const std::atomic<bool> cancelled{true};
        const LoadedSeries loaded = loadSeries(*engine, key, week.nowMs - kWeekMs, week.nowMs,
                                               ChartDataFeed::kMaxPointsPerSeries, cancelled);
        CHECK(loaded.points.empty());
    }

    SECTION("the chart's 7-day view plots the spike and the dip")
    {
        SimulatorHost host(engine->models());
        AppServices services(*engine, host);
        {
            TelemetryChart chart(services);
            chart.resize(1200, 600);
            chart.show();
            chart.addSeries(key);
            chart.setPreset(RangePreset::SevenDays);
            QCPGraph* graph = chart.plot()->graph(0);
            bool found = false;
            REQUIRE(waitFor([&] { return graph->data()->valueRange(found).upper == 1000.0; }, 10000ms));
            CHECK(graph->data()->valueRange(found).lower == -500.0);
            CHECK(chart.plot()->yAxis->range().contains(1000.0));
            CHECK(chart.rawPointCount(0) < week.samples / 2);

            // Zoomed in on the last hour (as a drag or the wheel does), the chart reads every
            // sample again: 10 s apart, not a bucket's min and max.
            const double now = static_cast<double>(week.nowMs) / 1000.0;
            chart.plot()->xAxis->setRange(now - 3600.0, now);
            auto everySample = [&] {
                const std::size_t count = chart.rawPointCount(0);
                return count > 300 && count < 1000 && graph->data()->size() > 300;
            };
            REQUIRE(waitFor(everySample, 10000ms));
            const auto* data = graph->data().data();
            for (auto it = data->constBegin() + 1; it != data->constEnd(); ++it)
                CHECK((it->key - (it - 1)->key) == Approx(10.0));
        }
        services.waitForQueries();
    }
}

TEST_CASE("min/max downsampling keeps each bucket's extremes, so a spike stays visible", "[app][charts]")
{
    std::vector<ChartPoint> points;
    for (int i = 0; i < 100'000; ++i)
        points.push_back({1000.0 + i * 0.01, std::sin(i * 0.001)});
    points[54'321].value = 1000.0; // a one-sample spike
    points[77'777].value = -500.0; // and a dip
    const int columns = 400;
    const double from = 1000.0;
    const double to = 1000.0 + 100'000 * 0.01;
    const std::vector<ChartPoint> reduced = downsampleMinMax(points, from, to, columns);

    CHECK(reduced.size() <= 2 * columns + 2);
    CHECK(std::ranges::is_sorted(reduced, {}, &ChartPoint::key));
    CHECK(std::ranges::count(reduced, points[54'321]) == 1);
    CHECK(std::ranges::count(reduced, points[77'777]) == 1);
    // Every bucket's minimum and maximum survive, whatever the bucket.
    const double width = (to - from) / columns;
    for (int column = 0; column < columns; column += 37) {
        double low = 1e300;
        double high = -1e300;
        double reducedLow = 1e300;
        double reducedHigh = -1e300;
        for (const ChartPoint& p : points) {
            if (static_cast<int>(std::floor((p.key - from) / width)) == column) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
        }
        for (const ChartPoint& p : reduced) {
            if (static_cast<int>(std::floor((p.key - from) / width)) == column) {
                reducedLow = std::min(reducedLow, p.value);
                reducedHigh = std::max(reducedHigh, p.value);
            }
        }
        INFO("column " << column);
        CHECK(reducedLow == low);
        CHECK(reducedHigh == high);
    }
    // Small ranges are not thinned, and the neighbours outside the range are kept for the edges.
    const std::vector<ChartPoint> few = downsampleMinMax(points, 1000.5, 1000.55, columns);
    REQUIRE(few.size() == 8); // 1000.49 … 1000.56
    CHECK(few.front().key == Approx(1000.49));
    CHECK(few.back().key == Approx(1000.56));
    CHECK(downsampleMinMax({}, 0, 1, 10).empty());
}

TEST_CASE("chart CSV export writes one row per time and one column per series", "[app][charts]")
{
    const double t0 = 1'700'000'000.0;
    auto a = std::make_shared<const std::vector<ChartPoint>>(
        std::vector<ChartPoint>{{t0, 1.5}, {t0 + 1, 2.5}, {t0 + 3, 4.0}});
    auto b = std::make_shared<const std::vector<ChartPoint>>(std::vector<ChartPoint>{{t0 + 1, -7}, {t0 + 2, 8.25}});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.csv"));
    REQUIRE(writeChartCsv(file, {QStringLiteral("dev-1 · temp [Cel]"), QStringLiteral("a,b")}, {a, b}, t0, t0 + 2.5)
                .has_value());
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll()
          == QByteArray("time,dev-1 · temp [Cel],\"a,b\"\r\n"
                        "2023-11-14T22:13:20.000Z,1.5,\r\n"
                        "2023-11-14T22:13:21.000Z,2.5,-7\r\n"
                        "2023-11-14T22:13:22.000Z,,8.25\r\n"));
    CHECK(!writeChartCsv(dir.filePath(QStringLiteral("missing/x.csv")), {}, {}, 0, 1).has_value());
}

TEST_CASE("observing a simulated temperature draws points on the chart", "[app][charts]")
{
    ChartFixture fixture;
    devicesim::Simulator simulator(fixture.engine->models());
    REQUIRE(simulator.start(fixture.fleet("ht", "temperature-humidity", 1)).has_value());
    const std::string endpoint = "sim-ht-001";
    REQUIRE(waitFor([&] { return fixture.engine->device(endpoint).has_value(); }, 10000ms));

    std::optional<bool> observed;
    engine::NotificationAttributes attributes;
    attributes.pminSec = 0;
    attributes.pmaxSec = 1;
    fixture.engine->observe(endpoint, lwm2m::LwM2mPath(3303, 0, 5700), attributes,
                            onGui<engine::ReadResult>(fixture.engine.get(), [&](Expected<engine::ReadResult> r) {
                                observed = r.has_value();
                            }));
    REQUIRE(waitFor([&] { return observed.has_value(); }, 10000ms));
    REQUIRE(*observed);

    TelemetryView view(*fixture.services);
    view.resize(1400, 800);
    view.show();
    QAbstractItemModelTester tester(view.seriesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.addSeries(QString::fromStdString(endpoint), QStringLiteral("/3303/0/5700"));
    view.addSeries(QString::fromStdString(endpoint), QStringLiteral("/3303/0/5700")); // once only
    TelemetryChart& chart = *view.chart();
    REQUIRE(chart.plot()->graphCount() == 1);
    CHECK(view.seriesModel()->rowCount() == 1);
    QCPGraph* graph = chart.plot()->graph(0);

    // New notifications arrive every second; the chart's data grows with them.
    REQUIRE(waitFor([&] { return graph->data()->size() >= 2; }, 10000ms));
    const int before = graph->data()->size();
    REQUIRE(waitFor([&] { return graph->data()->size() >= before + 2; }, 10000ms));
    CHECK(chart.rawPointCount(0) >= static_cast<std::size_t>(before + 2));
    // The unit: the model has none for 5700, the device reports it in Sensor Units (5701).
    CHECK(graph->name().contains(QStringLiteral("[Cel]")));
    CHECK(view.seriesModel()->index(0).data().toString() == graph->name());
    CHECK(chart.following());
    // Following keeps the newest sample in view.
    const double newest = (graph->data()->constEnd() - 1)->key;
    CHECK(chart.plot()->xAxis->range().contains(newest));

    SECTION("keys zoom and pan, which pauses following; F follows again")
    {
        const double span = chart.plot()->xAxis->range().size();
        QTest::keyClick(chart.plot(), Qt::Key_Plus);
        CHECK(chart.plot()->xAxis->range().size() == Approx(span * 0.8));
        CHECK(!chart.following());
        const double lower = chart.plot()->xAxis->range().lower;
        QTest::keyClick(chart.plot(), Qt::Key_Left);
        CHECK(chart.plot()->xAxis->range().lower < lower);
        QTest::keyClick(chart.plot(), Qt::Key_F);
        CHECK(chart.following());
    }

    SECTION("a 5-minute window and PNG and CSV exports")
    {
        chart.setPreset(RangePreset::FiveMinutes);
        CHECK(chart.plot()->xAxis->range().size() == Approx(300.0));
        REQUIRE(waitFor([&] { return graph->data()->size() >= 2; }, 5000ms));
        QTemporaryDir out;
        CHECK(chart.exportPng(out.filePath(QStringLiteral("chart.png"))));
        CHECK(QFile(out.filePath(QStringLiteral("chart.png"))).size() > 1000);
        QSignalSpy finished(&chart, &TelemetryChart::exportFinished);
        chart.exportCsv(out.filePath(QStringLiteral("chart.csv")));
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
        CHECK(finished.at(0).at(0).toBool());
        QFile csv(out.filePath(QStringLiteral("chart.csv")));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        CHECK(lines.size() >= 3);
        CHECK(lines[0].startsWith("time,sim-ht-001"));
        saveShot(view, QStringLiteral("chart.png"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
        view.setPalette(dark);
        hangar::test::spin(50ms);
        CHECK(chart.plot()->axisRect()->backgroundBrush().color() == dark.color(QPalette::Base)); // no white chart on a dark theme
        saveShot(view, QStringLiteral("chart_dark.png"));
    }

    SECTION("removing the series clears the chart")
    {
        chart.removeSeries(SeriesKey{QString::fromStdString(endpoint), QStringLiteral("/3303/0/5700")});
        CHECK(chart.plot()->graphCount() == 0);
        CHECK(view.seriesModel()->rowCount() == 0);
    }
    app::test::stopSimulator(simulator);
}
