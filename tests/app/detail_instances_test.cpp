// The object browser against the engine's observations (also those started elsewhere) and its
// Create / Delete instance actions, with a real engine and a real simulated device.
#include "detail_fixture.h"

#include "detail/activity_model.h"
#include "detail/create_instance_dialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <atomic>

using namespace hangar;
using namespace hangar::app;
using namespace hangar::app::test;
using namespace std::chrono_literals;

namespace {

QAction* actionNamed(ObjectBrowser& browser, const QString& text)
{
    for (QAction* action : browser.findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString newestActivity(const ActivityModel& activity, int column)
{
    return activity.index(0, column).data().toString();
}

/// Runs a facade operation and waits (bounded) for its answer on this thread.
template <typename T, typename Start>
Expected<T> await(Start start)
{
    auto answer = std::make_shared<std::optional<Expected<T>>>();
    auto ready = std::make_shared<std::atomic<bool>>(false);
    start([answer, ready](Expected<T> result) {
        *answer = std::move(result);
        ready->store(true);
    });
    REQUIRE(waitFor([&] { return ready->load(); }, 10s));
    return std::move(**answer);
}

} // namespace

TEST_CASE("an observation started outside the object browser shows as observed and can be cancelled there",
          "[app][detail][observations]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    ObjectTreeModel& model = browser.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    // As the REST API or the telemetry view would: straight through the facade.
    const LwM2mPath sensor(3303, 0, 5700);
    engine::NotificationAttributes attributes;
    attributes.pmaxSec = 30;
    const auto started = await<engine::ReadResult>([&](auto done) {
        fixture.engine->observe(fixture.endpoint, sensor, attributes, done);
    });
    REQUIRE(started.has_value());
    REQUIRE(waitFor([&] { return model.node(sensor)->observed; }, 5s));
    CHECK(cell(model, sensor, ObjectColumn::Status) == QStringLiteral("observed"));
    const QModelIndex status = model.indexOf(sensor, static_cast<int>(ObjectColumn::Status));
    CHECK(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("pmax 30 s")));
    CHECK(!status.data(Qt::DecorationRole).isNull());
    CHECK(model.observedPaths() == std::vector<LwM2mPath>{sensor});

    // Cancelling there ends the engine's observation, and the device stops notifying.
    REQUIRE(browser.selectPath(sensor));
    QAction* cancel = actionNamed(browser, QStringLiteral("&Cancel observation"));
    REQUIRE(cancel != nullptr);
    CHECK(cancel->isEnabled());
    cancel->trigger();
    REQUIRE(waitFor([&] { return !model.node(sensor)->observed; }, 5s));
    CHECK(stateOf(model, sensor) == RequestState::Done);
    CHECK(waitFor([&] { return fixture.device->observationCount() == 0; }, 5s));
    const auto left = await<std::vector<engine::ObservationInfo>>([&](auto done) {
        fixture.engine->observations(fixture.endpoint, done);
    });
    REQUIRE(left.has_value());
    CHECK(left->empty());

    // Cancelled elsewhere while the view is open: the mark goes away too.
    REQUIRE(await<engine::ReadResult>([&](auto done) {
                fixture.engine->observe(fixture.endpoint, LwM2mPath(3, 0, 13), {}, done);
            }).has_value());
    REQUIRE(waitFor([&] { return model.node(LwM2mPath(3, 0, 13))->observed; }, 5s));
    REQUIRE(await<void>([&](auto done) {
                fixture.engine->cancelObservation(fixture.endpoint, LwM2mPath(3, 0, 13), done);
            }).has_value());
    CHECK(waitFor([&] { return !model.node(LwM2mPath(3, 0, 13))->observed; }, 5s));
}

TEST_CASE("an instance created and deleted through the object browser appears and disappears on the device",
          "[app][detail][instances]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    ObjectTreeModel& model = browser.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const LwM2mPath temperature(3303);
    const LwM2mPath created(3303, 4);

    REQUIRE(browser.selectPath(temperature));
    QAction* create = actionNamed(browser, QStringLiteral("Create &instance…"));
    REQUIRE(create != nullptr);
    CHECK(create->isEnabled());
    CHECK(create->shortcut() == QKeySequence(Qt::Key_Insert));
    create->trigger();
    auto* dialog = browser.findChild<CreateInstanceDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->instanceField()->value() == 1); // the lowest id not in use
    REQUIRE(dialog->valueField(5750) != nullptr); // Application Type is writable
    CHECK(dialog->valueField(5700) == nullptr);   // Sensor Value is not
    dialog->instanceField()->setValue(0);
    dialog->accept();
    CHECK(dialog->errorText().contains(QStringLiteral("exists already"))); // refused, still open
    dialog->instanceField()->setValue(4);
    dialog->valueField(5750)->setText(QStringLiteral("boiler room"));
    dialog->accept();

    REQUIRE(waitFor([&] { return settled(model, temperature) && model.node(created) != nullptr; }, 10s));
    CHECK(stateOf(model, temperature) == RequestState::Done);
    CHECK(newestActivity(browser.activity(), ActivityModel::OperationColumn).size() > 0);
    REQUIRE(fixture.device->objects().exists(created));
    const lwm2m::Value* applicationType = fixture.deviceValue(LwM2mPath(3303, 4, 5750));
    REQUIRE(applicationType != nullptr);
    CHECK(applicationType->asString() == "boiler room");
    // The object was read again: the new instance shows the device's values.
    CHECK(waitFor([&] { return cell(model, LwM2mPath(3303, 4, 5750), ObjectColumn::Value) == QStringLiteral("boiler room"); }, 5s));

    // Letting the device pick the id.
    REQUIRE(browser.selectPath(temperature));
    create->trigger();
    dialog = browser.findChild<CreateInstanceDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->deviceChoosesField()->setChecked(true);
    CHECK(!dialog->valueField(5750)->isEnabled());
    dialog->accept();
    REQUIRE(waitFor([&] { return model.node(LwM2mPath(3303, 1)) != nullptr; }, 10s));
    CHECK(fixture.device->objects().exists(LwM2mPath(3303, 1)));

    // Delete asks first; cancelling keeps the instance.
    REQUIRE(browser.selectPath(created));
    QAction* remove = actionNamed(browser, QStringLiteral("De&lete instance"));
    REQUIRE(remove != nullptr);
    CHECK(remove->isEnabled());
    remove->trigger();
    auto* confirm = browser.findChild<QMessageBox*>();
    REQUIRE(confirm != nullptr);
    confirm->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    CHECK(fixture.device->objects().exists(created));

    remove->trigger();
    confirm = nullptr;
    REQUIRE(waitFor([&] {
        for (QMessageBox* box : browser.findChildren<QMessageBox*>())
            if (box->isVisible())
                confirm = box;
        return confirm != nullptr;
    }, 5s));
    confirm->button(QMessageBox::Yes)->click();
    REQUIRE(waitFor([&] { return model.node(created) == nullptr && !fixture.device->objects().exists(created); }, 10s));
    REQUIRE(waitFor([&] { return settled(model, temperature); }, 10s));
    CHECK(stateOf(model, temperature) == RequestState::Done);
    // A later registration update does not bring the deleted instance back.
    fixture.device->triggerUpdate();
    QTest::qWait(300);
    CHECK(model.node(created) == nullptr);
    CHECK(model.node(LwM2mPath(3303, 0)) != nullptr);
}

TEST_CASE("an instance created with a chosen id and no values appears on a device that prefers SenML",
          "[app][detail][instances]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    ObjectTreeModel& model = browser.model();
    const LwM2mPath temperature(3303);
    const LwM2mPath created(3303, 6);

    REQUIRE(browser.selectPath(temperature));
    QAction* create = actionNamed(browser, QStringLiteral("Create &instance…"));
    REQUIRE(create != nullptr);
    create->trigger();
    auto* dialog = browser.findChild<CreateInstanceDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->instanceField()->setValue(6); // every value field left empty
    dialog->accept();

    REQUIRE(waitFor([&] { return settled(model, temperature) && model.node(created) != nullptr; }, 10s));
    CHECK(stateOf(model, temperature) == RequestState::Done);
    CHECK(fixture.device->objects().exists(created));
    const ActivityModel& activity = browser.activity();
    bool reported = false;
    for (int row = 0; row < activity.rowCount(); ++row)
        reported = reported || activity.index(row, ActivityModel::ResultColumn).data().toString().contains(
                                   QStringLiteral("created /3303/6"));
    CHECK(reported);
}

TEST_CASE("a delete the object model forbids or the device refuses shows why", "[app][detail][instances]")
{
    DetailFixture fixture;
    DeviceDetailView view(*fixture.services, QString::fromStdString(fixture.endpoint));
    waitUntilLoaded(view);
    ObjectBrowser& browser = *view.objectBrowser();
    ObjectTreeModel& model = browser.model();

    // The Device object is mandatory and single-instance: refused before anything is sent.
    const LwM2mPath device(3, 0);
    REQUIRE(browser.selectPath(device));
    browser.deleteInstanceSelected();
    CHECK(browser.findChild<QMessageBox*>() == nullptr);
    CHECK(stateOf(model, device) == RequestState::Failed);
    CHECK(cell(model, device, ObjectColumn::Status).contains(QStringLiteral("mandatory")));
    CHECK(newestActivity(browser.activity(), ActivityModel::OperationColumn) == QStringLiteral("Delete"));
    CHECK(fixture.device->objects().exists(device));

    // The instance is gone on the device already (deleted by someone else): the device's 4.04
    // shows on the node, which stays until the next read.
    browser.createInstance(LwM2mPath(3303), 2,
                           {{LwM2mPath(3303, 2, 5750), lwm2m::Value::string("spare"), std::nullopt}});
    const bool createdTwo = waitFor([&] { return model.node(LwM2mPath(3303, 2)) != nullptr; }, 10s);
    INFO(newestActivity(browser.activity(), ActivityModel::ResultColumn).toStdString());
    REQUIRE(createdTwo);
    REQUIRE(await<void>([&](auto done) {
                fixture.engine->remove(fixture.endpoint, LwM2mPath(3303, 2), done);
            }).has_value());
    browser.deleteInstance(LwM2mPath(3303, 2));
    REQUIRE(waitFor([&] { return settled(model, LwM2mPath(3303, 2)); }, 10s));
    CHECK(stateOf(model, LwM2mPath(3303, 2)) == RequestState::Failed);
    CHECK(cell(model, LwM2mPath(3303, 2), ObjectColumn::Status).startsWith(QStringLiteral("failed: ")));
}
