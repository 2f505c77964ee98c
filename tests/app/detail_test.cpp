#include "detail_fixture.h"

#include "detail/activity_model.h"
#include "detail/device_detail_view.h"
#include "detail/device_overview.h"
#include "detail/event_history_model.h"
#include "detail/event_history_view.h"
#include "detail/object_browser.h"
#include "detail/object_tree_model.h"
#include "detail/observe_dialog.h"
#include "detail/resource_value_text.h"
#include "detail/write_value_dialog.h"
#include "services/app_services.h"
#include "services/simulator_host.h"

#include "coap/coap_context.h"
#include "device_fleet.h"
#include "engine/local_engine.h"
#include "profiles/builtin_profiles.h"

#include "event_loop_wait.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;
using hangar::test::waitFor;
using namespace hangar::app::test;
using lwm2m::LwM2mPath;

TEST_CASE("typed value parsing refuses what does not fit the resource type", "[app][detail]")
{
    using lwm2m::ResourceType;
    CHECK(parseResourceValue(ResourceType::Integer, QStringLiteral(" -12 "))->asInteger() == -12);
    CHECK(!parseResourceValue(ResourceType::Integer, QStringLiteral("1.5")));
    CHECK(!parseResourceValue(ResourceType::Integer, QStringLiteral("twelve")));
    CHECK(parseResourceValue(ResourceType::UnsignedInteger, QStringLiteral("300"))->asUnsigned() == 300u);
    CHECK(!parseResourceValue(ResourceType::UnsignedInteger, QStringLiteral("-1")));
    CHECK(parseResourceValue(ResourceType::Float, QStringLiteral("21.5"))->asFloat() == 21.5);
    CHECK(!parseResourceValue(ResourceType::Float, QStringLiteral("nan")));
    CHECK(parseResourceValue(ResourceType::Boolean, QStringLiteral("TRUE"))->asBool());
    CHECK(!parseResourceValue(ResourceType::Boolean, QStringLiteral("maybe")));
    CHECK(parseResourceValue(ResourceType::Opaque, QStringLiteral("0a:ff 10"))->asOpaque() == lwm2m::Bytes{0x0a, 0xff, 0x10});
    CHECK(!parseResourceValue(ResourceType::Opaque, QStringLiteral("abc")));
    CHECK(!parseResourceValue(ResourceType::Opaque, QStringLiteral("zz")));
    CHECK(parseResourceValue(ResourceType::Time, QStringLiteral("2024-05-17T08:30:00Z"))->asInteger() == 1715934600);
    CHECK(parseResourceValue(ResourceType::Time, QStringLiteral("1715934600"))->asInteger() == 1715934600);
    CHECK(!parseResourceValue(ResourceType::Time, QStringLiteral("yesterday")));
    const auto link = parseResourceValue(ResourceType::ObjectLink, QStringLiteral("3:0"));
    REQUIRE(link);
    CHECK(link->asObjectLink() == lwm2m::ObjectLink{3, 0});
    CHECK(!parseResourceValue(ResourceType::ObjectLink, QStringLiteral("3:70000")));
    CHECK(!parseResourceValue(ResourceType::ObjectLink, QStringLiteral("3/0")));
    // What the editor starts with reads back to the same value.
    const lwm2m::Value time = lwm2m::Value::time(1715934600);
    CHECK(*parseResourceValue(ResourceType::Time, editText(time)) == time);
    const lwm2m::Value bytes = lwm2m::Value::opaque({1, 2, 0xfe});
    CHECK(*parseResourceValue(ResourceType::Opaque, editText(bytes)) == bytes);
}

TEST_CASE("the object browser names objects and resources from the models and shows live values", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    ObjectTreeModel& model = view.objectBrowser()->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitUntilLoaded(view);

    CHECK(cell(model, LwM2mPath(3303), ObjectColumn::Name) == QStringLiteral("Temperature (3303)"));
    CHECK(cell(model, LwM2mPath(3304), ObjectColumn::Name).startsWith(QStringLiteral("Humidity")));
    CHECK(cell(model, LwM2mPath(3303, 0), ObjectColumn::Name) == QStringLiteral("Instance 0"));
    const LwM2mPath sensorValue(3303, 0, 5700);
    CHECK(cell(model, sensorValue, ObjectColumn::Name) == QStringLiteral("Sensor Value (5700)"));
    CHECK(cell(model, sensorValue, ObjectColumn::Type) == QStringLiteral("Float"));
    CHECK(cell(model, sensorValue, ObjectColumn::Access) == QStringLiteral("R"));
    CHECK(cell(model, sensorValue, ObjectColumn::Unit) == QStringLiteral("Cel")); // from /3303/0/5701
    bool numeric = false;
    cell(model, sensorValue, ObjectColumn::Value).toDouble(&numeric);
    CHECK(numeric);
    CHECK(cell(model, LwM2mPath(1, 0, 1), ObjectColumn::Unit) == QStringLiteral("s"));
    CHECK(cell(model, LwM2mPath(1, 0, 1), ObjectColumn::Access) == QStringLiteral("RW"));
    CHECK(cell(model, LwM2mPath(3, 0, 4), ObjectColumn::Access) == QStringLiteral("E"));
    CHECK(cell(model, LwM2mPath(3, 0, 0), ObjectColumn::Value) == QStringLiteral("Hangar Instruments"));
    // A multiple resource lists its resource instances below it.
    CHECK(cell(model, LwM2mPath(3, 0, 6), ObjectColumn::Type) == QStringLiteral("Integer (multiple)"));
    CHECK(model.rowCount(model.indexOf(LwM2mPath(3, 0, 6))) >= 1);
    CHECK(cell(model, LwM2mPath(3, 0, 6, 0), ObjectColumn::Name) == QStringLiteral("[0]"));
    CHECK(!model.indexOf(sensorValue).data(Qt::ToolTipRole).toString().isEmpty());
    // The overview tab shows the identity and the battery from the value cache.
    CHECK(view.overview()->fieldText(QStringLiteral("model")) == QStringLiteral("HT-210"));
    CHECK(view.overview()->fieldText(QStringLiteral("status")) == QStringLiteral("online"));
    CHECK(view.overview()->fieldText(QStringLiteral("address")).startsWith(QStringLiteral("127.0.0.1:")));
    CHECK(view.overview()->fieldText(QStringLiteral("objects")).contains(QStringLiteral("Temperature (/3303)")));
    CHECK(waitFor([&] { return view.overview()->fieldText(QStringLiteral("battery")).contains(QLatin1Char('%')); }, 5s));
}

TEST_CASE("reading a resource from the object browser fills in the device's current value", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    const LwM2mPath zone(3, 0, 15);
    fixture.device->objects().set(zone, lwm2m::Value::string("Europe/Zurich"));
    REQUIRE(browser.selectPath(zone));
    const int before = browser.activity().rowCount();
    browser.readSelected();
    CHECK(browser.activity().rowCount() == before + 1);
    CHECK(stateOf(browser.model(), zone) == RequestState::Pending);
    REQUIRE(waitFor([&] { return settled(browser.model(), zone); }, 5s));
    CHECK(stateOf(browser.model(), zone) == RequestState::Done);
    CHECK(cell(browser.model(), zone, ObjectColumn::Value) == QStringLiteral("Europe/Zurich"));
    CHECK(browser.activity().index(0, ActivityModel::ResultColumn).data().toString().startsWith(QStringLiteral("done")));
}

TEST_CASE("writing through the object browser's editor reaches the device", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();

    const auto writeThroughDialog = [&](const LwM2mPath& path, const QString& text) {
        REQUIRE(browser.selectPath(path));
        browser.writeSelected();
        auto* dialog = browser.findChild<WriteValueDialog*>();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->textEditor() != nullptr);
        dialog->textEditor()->setText(text);
        dialog->accept();
        REQUIRE(waitFor([&] { return settled(browser.model(), path); }, 5s));
        CHECK(stateOf(browser.model(), path) == RequestState::Done);
    };

    SECTION("a string resource: UTC offset")
    {
        writeThroughDialog(LwM2mPath(3, 0, 14), QStringLiteral("+02:00"));
        REQUIRE(fixture.deviceValue(LwM2mPath(3, 0, 14)) != nullptr);
        CHECK(fixture.deviceValue(LwM2mPath(3, 0, 14))->asString() == "+02:00");
        CHECK(cell(browser.model(), LwM2mPath(3, 0, 14), ObjectColumn::Value) == QStringLiteral("+02:00"));
    }
    SECTION("an integer resource: the lifetime")
    {
        writeThroughDialog(LwM2mPath(1, 0, 1), QStringLiteral("120"));
        REQUIRE(fixture.deviceValue(LwM2mPath(1, 0, 1)) != nullptr);
        CHECK(fixture.deviceValue(LwM2mPath(1, 0, 1))->asInteger() == 120);
    }
}

TEST_CASE("the write editor refuses an invalid value before anything is sent", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    const LwM2mPath lifetime(1, 0, 1);
    REQUIRE(browser.selectPath(lifetime));
    const int requests = browser.activity().rowCount();
    browser.writeSelected();
    auto* dialog = browser.findChild<WriteValueDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->type() == lwm2m::ResourceType::Integer);
    dialog->textEditor()->setText(QStringLiteral("twelve"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("twelve")));
    hangar::test::spin(200ms);
    CHECK(browser.activity().rowCount() == requests);
    CHECK(fixture.deviceValue(lifetime)->asInteger() == 300);
    dialog->reject();
}

TEST_CASE("execute, observe with attributes and cancel go through the object browser", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();

    const LwM2mPath resetMinMax(3303, 0, 5605);
    REQUIRE(browser.selectPath(resetMinMax));
    browser.executeSelected();
    auto* arguments = browser.findChild<QInputDialog*>();
    REQUIRE(arguments != nullptr);
    arguments->setTextValue(QString());
    arguments->accept();
    REQUIRE(waitFor([&] { return settled(browser.model(), resetMinMax); }, 5s));
    CHECK(stateOf(browser.model(), resetMinMax) == RequestState::Done);

    const LwM2mPath sensorValue(3303, 0, 5700);
    REQUIRE(browser.selectPath(sensorValue));
    browser.observeSelected();
    auto* observe = browser.findChild<ObserveDialog*>();
    REQUIRE(observe != nullptr);
    observe->pminField()->setValue(0);
    observe->pmaxField()->setValue(1);
    observe->greaterThanField()->setText(QStringLiteral("not a number"));
    observe->accept();
    CHECK(!observe->errorText().isEmpty()); // refused, still open
    observe->greaterThanField()->clear();
    observe->accept();
    REQUIRE(waitFor([&] { return settled(browser.model(), sensorValue); }, 5s));
    CHECK(stateOf(browser.model(), sensorValue) == RequestState::Done);
    CHECK(browser.model().node(sensorValue)->observed);
    CHECK(fixture.device->observationCount() == 1);
    CHECK(browser.model().observedPaths() == std::vector<LwM2mPath>{sensorValue});

    // An observed numeric resource can be charted: the view asks whoever hosts it.
    QSignalSpy charts(&view, &DeviceDetailView::chartRequested);
    QAction* chart = nullptr;
    for (QAction* action : browser.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("C&hart"))
            chart = action;
    }
    REQUIRE(chart != nullptr);
    CHECK(chart->isEnabled());
    chart->trigger();
    REQUIRE(charts.count() == 1);
    CHECK(charts.at(0).at(0).toString() == QString::fromStdString(fixture.endpoint));
    CHECK(charts.at(0).at(1).toString() == QStringLiteral("/3303/0/5700"));

    browser.cancelObservationSelected();
    REQUIRE(waitFor([&] { return !browser.model().node(sensorValue)->observed; }, 5s));
    CHECK(stateOf(browser.model(), sensorValue) == RequestState::Done);
    CHECK(waitFor([&] { return fixture.device->observationCount() == 0; }, 5s));
}

TEST_CASE("discover shows the device's links and a failed request shows the error", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    QString answer;
    QObject::connect(&browser, &ObjectBrowser::discovered, &browser,
                     [&answer](const QString&, const QString& text) { answer = text; });
    browser.discover(LwM2mPath(3303, 0));
    REQUIRE(waitFor([&] { return !answer.isEmpty(); }, 5s));
    CHECK(answer.contains(QStringLiteral("</3303/0/5700>")));

    // The device refuses a write to a read-only resource: the node and the activity say why.
    const LwM2mPath manufacturer(3, 0, 0);
    browser.write(manufacturer, lwm2m::Value::string("Someone Else"));
    REQUIRE(waitFor([&] { return settled(browser.model(), manufacturer); }, 5s));
    CHECK(stateOf(browser.model(), manufacturer) == RequestState::Failed);
    CHECK(cell(browser.model(), manufacturer, ObjectColumn::Status).startsWith(QStringLiteral("failed: ")));
    CHECK(cell(browser.model(), manufacturer, ObjectColumn::Value) == QStringLiteral("Hangar Instruments"));
    CHECK(browser.activity().index(0, ActivityModel::ResultColumn).data().toString().startsWith(QStringLiteral("failed: ")));

    // A path the device does not have fails in the activity list without adding a node.
    browser.read(LwM2mPath(3303, 7));
    const auto latestResult = [&] { return browser.activity().index(0, ActivityModel::ResultColumn).data().toString(); };
    REQUIRE(waitFor([&] { return !latestResult().startsWith(QStringLiteral("pending")); }, 5s));
    CHECK(latestResult().startsWith(QStringLiteral("failed: ")));
    CHECK(latestResult().contains(QStringLiteral("4.04")));
    CHECK(browser.model().node(LwM2mPath(3303, 7)) == nullptr);
}

TEST_CASE("the event history lists this device's events", "[app][detail]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    EventHistoryModel& events = view.eventHistory()->model();
    QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(fixture.engine->flushStore().has_value());
    REQUIRE(waitFor([&] {
        view.eventHistory()->refresh();
        return events.rowCount() > 0;
    }, 10s));
    bool registered = false;
    for (int row = 0; row < events.rowCount(); ++row) {
        CHECK(events.event(row).endpoint == fixture.endpoint);
        registered = registered || events.event(row).kind == "registered";
    }
    CHECK(registered);
}

TEST_CASE("a request to a sleeping device shows it is queued until the device wakes", "[app][detail]")
{
    DetailFixture fixture(true);
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    REQUIRE(waitFor([&] { return view.device() && view.device()->status == store::DeviceStatus::Sleeping; }, 10s));
    CHECK(view.overview()->fieldText(QStringLiteral("status")) == QStringLiteral("sleeping"));
    CHECK(view.overview()->fieldText(QStringLiteral("binding")).contains(QStringLiteral("queue mode")));
    ObjectBrowser& browser = *view.objectBrowser();
    const LwM2mPath manufacturer(3, 0, 0);
    browser.read(manufacturer);
    CHECK(stateOf(browser.model(), manufacturer) == RequestState::Pending);
    CHECK(cell(browser.model(), manufacturer, ObjectColumn::Status) == QStringLiteral("queued until the device wakes"));
    CHECK(browser.activity().index(0, ActivityModel::ResultColumn).data().toString() ==
          QStringLiteral("queued until the device wakes"));
    hangar::test::spin(300ms);
    CHECK(stateOf(browser.model(), manufacturer) == RequestState::Pending); // the GUI never waited
    fixture.device->wakeUp();
    REQUIRE(waitFor([&] { return settled(browser.model(), manufacturer); }, 10s));
    CHECK(stateOf(browser.model(), manufacturer) == RequestState::Done);
    CHECK(cell(browser.model(), manufacturer, ObjectColumn::Value) == QStringLiteral("Hangar Instruments"));
}
