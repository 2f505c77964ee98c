// The telemetry chart driven the way a user drives it: mouse wheel and drag, the range box,
// the Follow button, several devices at once.

#include "charts/qcustomplot_include.h"
#include "charts/series_list_model.h"
#include "charts/telemetry_chart.h"
#include "charts/telemetry_view.h"
#include "services/gui_callback.h"

#include "engine/local_engine.h"
#include "store/sqlite_store.h"
#include "simulator.h"

#include "event_loop_wait.h"
#include "simulated_fleet.h"
#include "past_sensor.h"
#include "live_engine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;
using hangar::test::waitFor;

namespace {

constexpr const char* kTemperature = "/3303/0/5700";

/// A real engine with `count` simulated temperature sensors (sim-t-001...) observed every
/// second, so that their samples reach the telemetry store while the test runs.
struct ObservedSensors : app::test::LiveEngine
{
    devicesim::Simulator simulator{engine->models()};

    explicit ObservedSensors(std::uint32_t count)
    {
        REQUIRE(simulator.start(hangar::app::test::oneGroupFleet(engine->coapPort(), "t", "temperature-humidity", count))
                    .has_value());
        for (std::uint32_t n = 1; n <= count; ++n)
            observe(endpoint(n));
    }

    ~ObservedSensors()
    {
        app::test::stopSimulator(simulator);
        services->waitForQueries();
    }

    static QString endpoint(std::uint32_t n) { return QStringLiteral("sim-t-%1").arg(n, 3, 10, QLatin1Char('0')); }

    void observe(const QString& name)
    {
        const std::string device = name.toStdString();
        REQUIRE(waitFor([&] { return engine->device(device).has_value(); }, 10000ms));
        std::optional<bool> observed;
        engine::NotificationAttributes attributes;
        attributes.pminSec = 0;
        attributes.pmaxSec = 1;
        engine->observe(device, lwm2m::LwM2mPath(3303, 0, 5700), attributes,
                        onGui<engine::ReadResult>(engine.get(), [&](Expected<engine::ReadResult> r) {
                            observed = r.has_value();
                        }));
        REQUIRE(waitFor([&] { return observed.has_value(); }, 10000ms));
        REQUIRE(*observed);
    }
};

/// A chart alone, on an engine without devices: enough for what the mouse does to the axis.
struct EmptyChart : app::test::LiveEngine
{
    TelemetryChart chart{*services};

    EmptyChart()
    {
        chart.resize(1000, 500);
        chart.show();
        REQUIRE(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot(); // lays out the axis rect the mouse events hit
    }
};

/// A data directory whose store holds six hours of one temperature of "past-1", every 10 s up
/// to now, and an engine started on it.
struct SixHoursOfSamples
{
    static constexpr std::int64_t kSpanMs = 6 * 3'600'000LL;
    QTemporaryDir dir;
    std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<engine::LocalEngine> engine;
    std::unique_ptr<SimulatorHost> host;
    std::unique_ptr<AppServices> services;

    SixHoursOfSamples()
    {
        REQUIRE(dir.isValid());
        {
            auto opened = store::SqliteStore::open({dir.filePath(QStringLiteral("hangar.db")).toStdString(), {}});
            REQUIRE(opened.has_value());
            store::Store& store = **opened;
            REQUIRE(store.enqueueDevice(hangar::app::test::pastSensorDevice("past-1")).has_value());
            std::vector<store::Sample> batch;
            for (std::int64_t t = nowMs - kSpanMs; t <= nowMs; t += 10'000)
                batch.push_back({"past-1", lwm2m::LwM2mPath(3303, 0, 5700), lwm2m::Value::floating(20.0), t});
            REQUIRE(store.enqueueSamples(std::move(batch)).has_value());
            REQUIRE(store.flush().has_value());
        }
        engine = hangar::app::test::startLoopbackEngine(dir.path());
        host = std::make_unique<SimulatorHost>(engine->models());
        services = std::make_unique<AppServices>(*engine, *host);
    }

    ~SixHoursOfSamples() { services->waitForQueries(); }
};

QPoint plotCentre(const QCustomPlot& plot)
{
    return plot.axisRect()->rect().center();
}

void sendWheel(QCustomPlot& plot, QPoint at, int angleDelta)
{
    QWheelEvent wheel(QPointF(at), QPointF(plot.mapToGlobal(at)), QPoint(), QPoint(0, angleDelta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&plot, &wheel);
}

void sendMouse(QCustomPlot& plot, QEvent::Type type, QPoint at, Qt::MouseButtons held)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(at), QPointF(plot.mapToGlobal(at)), button, held, Qt::NoModifier);
    QCoreApplication::sendEvent(&plot, &event);
}

template <typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

/// Within `margin` of `value`: Approx's default relative tolerance is hours on epoch seconds.
Approx near(double value, double margin)
{
    return Approx(value).epsilon(0.0).margin(margin);
}

double nowSec()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

/// Picks the range box entry below (or above) the current one with the arrow keys.
void stepRange(QComboBox& range, Qt::Key key)
{
    range.setFocus();
    QTest::keyClick(&range, key);
}

} // namespace

TEST_CASE("the plot area fills the chart with no series, with some, and after the last is removed", "[app][charts]")
{
    EmptyChart fixture;
    QCustomPlot& plot = *fixture.chart.plot();
    // An empty legend would limit the width of the layout column it shares with the plot area.
    const auto plotAreaWidth = [&] {
        plot.replot();
        return plot.axisRect()->width();
    };
    const int wide = plot.width() * 3 / 4;
    CHECK(plotAreaWidth() > wide);
    CHECK_FALSE(plot.legend->visible());

    const SeriesKey key{QStringLiteral("no-such-device"), QString::fromLatin1(kTemperature)};
    fixture.chart.addSeries(key);
    CHECK(plotAreaWidth() > wide);
    CHECK(plot.axisRect()->height() > plot.height() / 2);
    CHECK(plot.legend->visible());
    CHECK(plot.legend->itemCount() == 1);

    fixture.chart.removeSeries(key);
    CHECK(plotAreaWidth() > wide);
    CHECK_FALSE(plot.legend->visible());
}

TEST_CASE("the mouse wheel zooms the time axis around the pointer and pauses following", "[app][charts]")
{
    EmptyChart fixture;
    QCustomPlot& plot = *fixture.chart.plot();
    REQUIRE(fixture.chart.following());
    const QPoint at = plotCentre(plot) + QPoint(plot.axisRect()->width() / 4, 0);
    const QCPRange before = plot.xAxis->range();
    const double underPointer = plot.xAxis->pixelToCoord(at.x());

    sendWheel(plot, at, 120); // one notch away from the user: zoom in
    const QCPRange zoomedIn = plot.xAxis->range();
    CHECK(zoomedIn.size() < before.size() * 0.95);
    CHECK(plot.xAxis->pixelToCoord(at.x()) == near(underPointer, before.size() * 1e-6));
    CHECK_FALSE(fixture.chart.following());

    sendWheel(plot, at, -240); // two notches back: wider than before
    CHECK(plot.xAxis->range().size() > before.size());
    CHECK(plot.xAxis->pixelToCoord(at.x()) == near(underPointer, before.size() * 1e-6));
}

TEST_CASE("dragging the chart with the mouse pans the time axis and pauses following", "[app][charts]")
{
    EmptyChart fixture;
    QCustomPlot& plot = *fixture.chart.plot();
    const QPoint from = plotCentre(plot);
    const QPoint to = from + QPoint(200, 0);
    const QCPRange before = plot.xAxis->range();
    const double secondsPerPixel = before.size() / plot.axisRect()->width();

    sendMouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, from + QPoint(100, 0), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, to, Qt::NoButton);

    // Dragged to the right: earlier times come into view, the span stays.
    const QCPRange after = plot.xAxis->range();
    CHECK(after.size() == Approx(before.size()));
    CHECK(after.lower == near(before.lower - 200 * secondsPerPixel, 2 * secondsPerPixel));
    CHECK_FALSE(fixture.chart.following());
}

TEST_CASE("dragging back past the loaded samples loads and draws the older ones", "[app][charts]")
{
    SixHoursOfSamples fixture;
    double oldestDrawn = 0.0;
    {
        TelemetryChart chart(*fixture.services);
        chart.resize(1000, 500);
        chart.show();
        REQUIRE(QTest::qWaitForWindowExposed(&chart));
        chart.addSeries(SeriesKey{QStringLiteral("past-1"), QString::fromLatin1(kTemperature)});
        QCustomPlot& plot = *chart.plot();
        QCPGraph* graph = plot.graph(0);
        REQUIRE(waitFor([&] { return chart.rawPointCount(0) > 0 && !graph->data()->isEmpty(); }, 10000ms));
        plot.replot();
        // The last hour and one more to its left are loaded: nothing from three hours ago.
        const std::size_t loaded = chart.rawPointCount(0);
        const double threeHoursAgo = static_cast<double>(fixture.nowMs) / 1000.0 - 3 * 3600.0;
        CHECK(graph->data()->constBegin()->key > threeHoursAgo);

        // Three drags of most of the width to the right: the view starts about 3.7 hours ago.
        const int stroke = plot.axisRect()->width() * 9 / 10;
        for (int drag = 0; drag < 3; ++drag) {
            const QPoint from(plot.axisRect()->left() + plot.axisRect()->width() / 20, plotCentre(plot).y());
            sendMouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton);
            sendMouse(plot, QEvent::MouseMove, from + QPoint(stroke / 2, 0), Qt::LeftButton);
            sendMouse(plot, QEvent::MouseMove, from + QPoint(stroke, 0), Qt::LeftButton);
            sendMouse(plot, QEvent::MouseButtonRelease, from + QPoint(stroke, 0), Qt::NoButton);
        }
        const QCPRange view = plot.xAxis->range();
        REQUIRE(view.lower < threeHoursAgo);
        // The samples at the view's left edge are drawn once they are read.
        const auto drawnAtLeftEdge = [&] {
            const auto first = graph->data()->findBegin(view.lower, false);
            return first != graph->data()->constEnd() && first->key < view.lower + 600.0;
        };
        REQUIRE(waitFor([&] { return chart.rawPointCount(0) > loaded && drawnAtLeftEdge(); }, 10000ms));
        oldestDrawn = graph->data()->constBegin()->key;
    }
    CHECK(oldestDrawn < static_cast<double>(fixture.nowMs) / 1000.0 - 3 * 3600.0);
}

TEST_CASE("two devices' series overlay as two graphs with a legend entry naming each device", "[app][charts]")
{
    ObservedSensors fixture(2);
    TelemetryView view(*fixture.services);
    view.resize(1400, 800);
    view.show();
    view.addSeries(ObservedSensors::endpoint(1), QString::fromLatin1(kTemperature));
    view.addSeries(ObservedSensors::endpoint(2), QString::fromLatin1(kTemperature));
    QCustomPlot& plot = *view.chart()->plot();

    REQUIRE(plot.graphCount() == 2);
    REQUIRE(plot.legend->itemCount() == 2);
    for (int i = 0; i < 2; ++i) {
        QCPGraph* graph = plot.graph(i);
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i));
        REQUIRE(entry != nullptr);
        CHECK(entry->plottable() == graph);
        CHECK(graph->name().contains(ObservedSensors::endpoint(static_cast<std::uint32_t>(i) + 1)));
        CHECK(view.seriesModel()->index(i).data().toString() == graph->name());
    }
    CHECK(plot.graph(0)->name() != plot.graph(1)->name());
    CHECK(plot.graph(0)->pen().color() != plot.graph(1)->pen().color());
    // Both devices' samples are drawn, not just the first one's.
    REQUIRE(waitFor([&] { return plot.graph(0)->data()->size() >= 2 && plot.graph(1)->data()->size() >= 2; },
                    10000ms));
}

TEST_CASE("the range box shows the last hour, day or week, or a custom from-to range", "[app][charts]")
{
    app::test::LiveEngine fixture;
    TelemetryView view(*fixture.services);
    view.resize(1400, 800);
    view.show();
    TelemetryChart& chart = *view.chart();
    const QCPAxis& axis = *chart.plot()->xAxis;
    auto* range = child<QComboBox>(view, "rangePreset");
    REQUIRE(range->currentData().toInt() == static_cast<int>(RangePreset::OneHour));

    stepRange(*range, Qt::Key_Down);
    CHECK(chart.preset() == RangePreset::OneDay);
    CHECK(axis.range().size() == Approx(86'400.0));
    CHECK(axis.range().upper == near(nowSec(), 5.0));

    stepRange(*range, Qt::Key_Down);
    CHECK(chart.preset() == RangePreset::SevenDays);
    CHECK(axis.range().size() == Approx(7 * 86'400.0));
    CHECK(axis.range().upper == near(nowSec(), 5.0));

    // Zooming pauses following; picking a range follows again.
    chart.zoom(0.5);
    REQUIRE_FALSE(chart.following());
    stepRange(*range, Qt::Key_Up);
    CHECK(chart.following());
    CHECK(axis.range().size() == Approx(86'400.0));
    stepRange(*range, Qt::Key_Up);
    CHECK(chart.preset() == RangePreset::OneHour);
    CHECK(range->currentData().toInt() == static_cast<int>(RangePreset::OneHour));
    CHECK(axis.range().size() == Approx(3'600.0));
    CHECK(chart.following());

    SECTION("custom: the chosen from and to, and no following")
    {
        range->setCurrentIndex(range->findData(static_cast<int>(RangePreset::OneDay)));
        stepRange(*range, Qt::Key_Down);
        stepRange(*range, Qt::Key_Down);
        REQUIRE(range->currentData().toInt() == static_cast<int>(RangePreset::Custom));
        auto* from = child<QDateTimeEdit>(view, "rangeFrom");
        auto* to = child<QDateTimeEdit>(view, "rangeTo");
        auto* apply = child<QPushButton>(view, "applyRange");
        REQUIRE(from->isVisible());
        REQUIRE(apply->isVisible());
        const QDateTime start = QDateTime::currentDateTime().addDays(-3);
        const QDateTime end = start.addSecs(2 * 3600);
        from->setDateTime(start);
        to->setDateTime(end);
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(chart.preset() == RangePreset::Custom);
        CHECK_FALSE(chart.following());
        // The editors show whole seconds.
        CHECK(axis.range().lower == near(static_cast<double>(start.toSecsSinceEpoch()), 1.0));
        CHECK(axis.range().upper == near(static_cast<double>(end.toSecsSinceEpoch()), 1.0));
        CHECK_FALSE(child<QToolButton>(view, "follow")->isChecked());

        // A range that ends before it starts is refused with a message and changes nothing.
        const QCPRange shown = axis.range();
        from->setDateTime(end.addSecs(60));
        QTest::mouseClick(apply, Qt::LeftButton);
        auto* message = child<QLabel>(view, "chartMessage");
        CHECK(message->isVisible());
        CHECK_FALSE(message->text().isEmpty());
        CHECK(axis.range().lower == shown.lower);
        CHECK(axis.range().upper == shown.upper);
    }
}

TEST_CASE("pausing keeps the chart still while samples arrive and Follow catches up", "[app][charts]")
{
    ObservedSensors fixture(1);
    TelemetryView view(*fixture.services);
    view.resize(1400, 800);
    view.show();
    view.addSeries(ObservedSensors::endpoint(1), QString::fromLatin1(kTemperature));
    TelemetryChart& chart = *view.chart();
    chart.setPreset(RangePreset::FiveMinutes);
    const QCPAxis& axis = *chart.plot()->xAxis;
    REQUIRE(waitFor([&] { return chart.rawPointCount(0) >= 2; }, 10000ms));

    auto* follow = child<QToolButton>(view, "follow");
    REQUIRE(follow->isChecked());
    QTest::mouseClick(follow, Qt::LeftButton);
    CHECK_FALSE(chart.following());
    CHECK_FALSE(follow->isChecked());
    const QCPRange paused = axis.range();

    const std::size_t before = chart.rawPointCount(0);
    REQUIRE(waitFor([&] { return chart.rawPointCount(0) >= before + 2; }, 10000ms));
    hangar::test::spin(1100ms); // at least one more poll
    CHECK(axis.range().lower == paused.lower);
    CHECK(axis.range().upper == paused.upper);
    QCPGraph* graph = chart.plot()->graph(0);
    REQUIRE(waitFor([&] { return !graph->data()->isEmpty() && (graph->data()->constEnd() - 1)->key > paused.upper; },
                    5000ms));

    QTest::mouseClick(follow, Qt::LeftButton);
    CHECK(chart.following());
    CHECK(follow->isChecked());
    CHECK(axis.range().size() == Approx(paused.size()));
    CHECK(axis.range().upper > paused.upper);
    CHECK(axis.range().contains((graph->data()->constEnd() - 1)->key));
}
