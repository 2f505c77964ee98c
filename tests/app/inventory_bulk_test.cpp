// Bulk actions and search highlights of the Devices view, against a real engine and a
// simulated fleet.
#include "inventory/bulk_action_runner.h"
#include "inventory/bulk_progress_panel.h"
#include "inventory/device_table_model.h"
#include "inventory/devices_view.h"
#include "inventory/match_highlight_delegate.h"

#include "device_fleet.h"
#include "scenario/server_uri.h"
#include "simulated_device.h"
#include "simulator.h"

#include "event_loop_wait.h"
#include "simulated_fleet.h"
#include "live_engine.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <limits>
#include <map>
#include <memory>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;
using hangar::test::spin;
using hangar::test::waitFor;

namespace {

struct BulkFixture : app::test::LiveEngine
{
    devicesim::FleetSpec fleet(const std::string& name, std::uint32_t count)
    {
        return app::test::oneGroupFleet(engine->coapPort(), name, "temperature-humidity", count);
    }
};

/// Waits until the view lists `count` devices and the engine has read each one's model.
bool waitForFleet(DevicesView& view, engine::Engine& engine, int count)
{
    const DeviceTableModel& model = view.model();
    const bool ready = waitFor(
        [&] {
            if (model.totalCount() != count)
                return false;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.visibleRow(row).model.isEmpty())
                    return false;
            }
            return true;
        },
        15000ms);
    if (!ready) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const DeviceRow& shown = model.visibleRow(row);
            const auto known = engine.device(shown.endpoint.toStdString());
            WARN(shown.endpoint.toStdString()
                 << " shown model '" << shown.model.toStdString() << "' status "
                 << static_cast<int>(shown.status) << ", engine model '"
                 << (known && known->model ? *known->model : "?") << "' status "
                 << (known ? static_cast<int>(known->status) : -1));
        }
        store::DeviceQuery all;
        const auto known = engine.listDevices(all);
        WARN("rows " << model.totalCount() << " of " << count << "; the engine knows "
                     << (known ? known->total : -1));
    }
    return ready;
}

void selectOnly(DevicesView& view, std::initializer_list<const char*> endpoints)
{
    QItemSelectionModel* selection = view.table()->selectionModel();
    selection->clearSelection();
    for (const char* endpoint : endpoints) {
        const int row = view.model().visiblePosition(endpoint);
        REQUIRE(row >= 0);
        selection->select(view.model().index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QAction* action(DevicesView& view, const QString& text)
{
    for (QAction* candidate : view.findChildren<QAction*>()) {
        if (candidate->text() == text)
            return candidate;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

/// Answers the next modal dialog of type Dialog from inside its event loop, the way a user
/// would; gives up after a few seconds.
template <typename Dialog> void answerModal(std::function<void(Dialog*)> answer)
{
    auto* timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, ticks, answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr && ++*ticks < 250)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog != nullptr)
            answer(dialog);
    });
    timer->start(20);
}

/// Selects `endpoints` and runs Tags… with `tags` typed into its dialog.
void tagSelection(DevicesView& view, std::initializer_list<const char*> endpoints, const QString& tags)
{
    selectOnly(view, endpoints);
    answerModal<QInputDialog>([tags](QInputDialog* dialog) {
        dialog->setTextValue(tags);
        dialog->accept();
    });
    action(view, QStringLiteral("Tags…"))->trigger();
}

QString result(const DevicesView& view, const char* endpoint)
{
    const DeviceRow* row = view.model().rowFor(endpoint);
    return row ? row->result : QStringLiteral("<missing row>");
}

bool resultFailed(const DevicesView& view, const char* endpoint)
{
    const DeviceRow* row = view.model().rowFor(endpoint);
    return row != nullptr && row->resultFailed;
}

QString panelText(const DevicesView& view)
{
    const auto* panel = view.findChild<BulkProgressPanel*>();
    REQUIRE(panel != nullptr);
    QStringList texts;
    for (const QLabel* label : panel->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(u'\n');
}

int rowsWithResult(const DevicesView& view)
{
    int rows = 0;
    for (int row = 0; row < view.model().rowCount(); ++row)
        rows += view.model().visibleRow(row).result.isEmpty() ? 0 : 1;
    return rows;
}

void typeSearch(DevicesView& view, const QString& text)
{
    view.searchField()->setText(text);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
}

const devicesim::DeviceCounters& countersOf(devicesim::Simulator& simulator, const char* endpoint)
{
    devicesim::SimulatedDevice* device = simulator.fleet()->device(endpoint);
    REQUIRE(device != nullptr);
    return device->counters();
}

} // namespace

TEST_CASE(
    "Read, Reboot and Tags act on the selected devices and report each one in the Result column",
    "[app][inventory][bulk]")
{
    BulkFixture fixture;
    devicesim::Simulator simulator(fixture.engine->models());
    REQUIRE(simulator.start(fixture.fleet("ht", 6)).has_value());
    devicesim::Simulator gone(fixture.engine->models());
    REQUIRE(gone.start(fixture.fleet("gone", 1)).has_value());

    DevicesView view(*fixture.services);
    view.resize(1200, 600);
    REQUIRE(waitForFleet(view, *fixture.engine, 7));
    app::test::stopSimulator(gone);
    REQUIRE(waitFor(
        [&] {
            const DeviceRow* row = view.model().rowFor("sim-gone-001");
            return row && row->status == store::DeviceStatus::Offline;
        },
        8000ms));

    SECTION("Read reads /3/0 of each selected device; the offline one fails")
    {
        const std::uint64_t unselectedServed = countersOf(simulator, "sim-ht-004").requestsServed;
        const std::uint64_t selectedServed = countersOf(simulator, "sim-ht-001").requestsServed;
        selectOnly(view, {"sim-ht-001", "sim-ht-002", "sim-ht-003", "sim-gone-001"});
        action(view, QStringLiteral("Read"))->trigger();
        REQUIRE(waitFor([&] { return panelText(view).contains(QStringLiteral("all 4 done")); },
                        10000ms));
        CHECK(panelText(view).contains(QStringLiteral("1 failed")));
        for (const char* endpoint : {"sim-ht-001", "sim-ht-002", "sim-ht-003"}) {
            INFO(endpoint);
            // "Read 5 value(s)": English plurals come from the source text.
            const QRegularExpressionMatch read =
                QRegularExpression(QStringLiteral("^Read (\\d+) value"))
                    .match(result(view, endpoint));
            REQUIRE(read.hasMatch());
            CHECK(read.captured(1).toInt() > 0);
            CHECK_FALSE(resultFailed(view, endpoint));
        }
        CHECK(result(view, "sim-gone-001").startsWith(QStringLiteral("Read failed: ")));
        CHECK(result(view, "sim-gone-001").contains(QStringLiteral("not registered")));
        CHECK(resultFailed(view, "sim-gone-001"));
        const int gonePosition = view.model().visiblePosition("sim-gone-001");
        CHECK(view.model()
                  .index(gonePosition, static_cast<int>(DeviceColumn::Result))
                  .data()
                  .toString() == result(view, "sim-gone-001"));
        // Devices that were not selected get no request and no result.
        CHECK(result(view, "sim-ht-004").isEmpty());
        CHECK(countersOf(simulator, "sim-ht-004").requestsServed == unselectedServed);
        CHECK(countersOf(simulator, "sim-ht-001").requestsServed == selectedServed + 1);
        const auto* failures = view.findChild<BulkProgressPanel*>()->findChild<QListWidget*>();
        REQUIRE(failures != nullptr);
        REQUIRE(failures->count() == 1);
        CHECK(failures->item(0)->text().startsWith(QStringLiteral("sim-gone-001: ")));
    }

    SECTION("Reboot, once confirmed, reboots the selected devices, which register again")
    {
        const std::uint64_t registrationsBefore = countersOf(simulator, "sim-ht-004").registrations;
        selectOnly(view, {"sim-ht-004", "sim-ht-005"});
        QString question;
        answerModal<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        action(view, QStringLiteral("Reboot…"))->trigger();
        CHECK(question.contains(QStringLiteral("2 device")));
        REQUIRE(waitFor([&] { return panelText(view).contains(QStringLiteral("all 2 done")); },
                        10000ms));
        CHECK(result(view, "sim-ht-004") == QStringLiteral("Reboot requested"));
        CHECK(result(view, "sim-ht-005") == QStringLiteral("Reboot requested"));
        CHECK(countersOf(simulator, "sim-ht-004").reboots == 1);
        CHECK(countersOf(simulator, "sim-ht-005").reboots == 1);
        CHECK(countersOf(simulator, "sim-ht-006").reboots == 0);
        // The simulated device is offline for a second, then registers again.
        CHECK(waitFor(
            [&] { return countersOf(simulator, "sim-ht-004").registrations > registrationsBefore; },
            8000ms));
    }

    SECTION("Reboot cancelled in the confirmation sends nothing")
    {
        selectOnly(view, {"sim-ht-006"});
        answerModal<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        action(view, QStringLiteral("Reboot…"))->trigger();
        spin(300ms);
        CHECK(countersOf(simulator, "sim-ht-006").reboots == 0);
        CHECK(result(view, "sim-ht-006").isEmpty());
    }

    SECTION("Tags adds and removes tags: the Tags column and the engine's tags change")
    {
        tagSelection(view, {"sim-ht-001", "sim-ht-002"}, QStringLiteral("north, plant3"));
        REQUIRE(waitFor([&] { return panelText(view).contains(QStringLiteral("all 2 done")); },
                        10000ms));
        CHECK(result(view, "sim-ht-001") == QStringLiteral("Tags changed"));
        CHECK(fixture.engine->device("sim-ht-001")->tags ==
              std::vector<std::string>{"north", "plant3"});
        CHECK(fixture.engine->device("sim-ht-002")->tags ==
              std::vector<std::string>{"north", "plant3"});
        CHECK(fixture.engine->device("sim-ht-003")->tags.empty());
        const int tagsColumn = static_cast<int>(DeviceColumn::Tags);
        REQUIRE(waitFor([&] {
            return view.model()
                       .index(view.model().visiblePosition("sim-ht-002"), tagsColumn)
                       .data()
                       .toString() == QStringLiteral("north, plant3");
        }));

        // Removing one tag from a selection where only one device carries it.
        tagSelection(view, {"sim-ht-002", "sim-ht-003"}, QStringLiteral("-plant3"));
        REQUIRE(waitFor([&] { return panelText(view).contains(QStringLiteral("all 2 done")); },
                        10000ms));
        CHECK(fixture.engine->device("sim-ht-001")->tags ==
              std::vector<std::string>{"north", "plant3"});
        CHECK(fixture.engine->device("sim-ht-002")->tags == std::vector<std::string>{"north"});
        CHECK(result(view, "sim-ht-002") ==
              QStringLiteral("Tags changed on 1 of 2 devices sent together"));
        CHECK(result(view, "sim-ht-001").isEmpty()); // results of the earlier action are gone
        REQUIRE(waitFor([&] {
            return view.model()
                       .index(view.model().visiblePosition("sim-ht-002"), tagsColumn)
                       .data()
                       .toString() == QStringLiteral("north");
        }));
    }

    SECTION("an invalid tag fails every selected device and changes nothing")
    {
        tagSelection(view, {"sim-ht-001", "sim-ht-002"}, QStringLiteral("ok bad/tag"));
        REQUIRE(waitFor(
            [&] { return panelText(view).contains(QStringLiteral("all 2 done, 2 failed")); },
            10000ms));
        CHECK(result(view, "sim-ht-001").startsWith(QStringLiteral("Tagging failed: ")));
        CHECK(resultFailed(view, "sim-ht-002"));
        CHECK(fixture.engine->device("sim-ht-001")->tags.empty());
    }

    SECTION("only selected rows that are still shown are acted on")
    {
        selectOnly(view, {"sim-ht-001", "sim-ht-002", "sim-ht-003"});
        typeSearch(view, QStringLiteral("sim-ht-002"));
        REQUIRE(view.model().rowCount() == 1);
        action(view, QStringLiteral("Read"))->trigger();
        REQUIRE(waitFor([&] { return panelText(view).contains(QStringLiteral("all 1 done")); },
                        10000ms));
        CHECK(result(view, "sim-ht-002").startsWith(QStringLiteral("Read ")));
        CHECK(result(view, "sim-ht-001").isEmpty());
        CHECK(result(view, "sim-ht-003").isEmpty());
    }
    app::test::stopSimulator(simulator);
}

TEST_CASE(
    "cancelling a running bulk read stops further requests and leaves the rest without a result",
    "[app][inventory][bulk]")
{
    BulkFixture fixture;
    devicesim::Simulator simulator(fixture.engine->models());
    const int count = 40;
    REQUIRE(simulator.start(fixture.fleet("slow", count)).has_value());
    DevicesView view(*fixture.services);
    view.resize(1200, 600);
    REQUIRE(waitForFleet(view, *fixture.engine, count));

    // A first, complete read leaves a result on every row.
    view.table()->selectAll();
    action(view, QStringLiteral("Read"))->trigger();
    REQUIRE(
        waitFor([&] { return panelText(view).contains(QStringLiteral("all 40 done, 0 failed")); },
                10000ms));
    CHECK(result(view, "sim-slow-040").startsWith(QStringLiteral("Read ")));

    // Slow devices: the second read is still waiting for its first answers when it is cancelled.
    devicesim::FaultSettings slow;
    slow.device.responseDelay = 700ms;
    REQUIRE(simulator.setGroupFaults("slow", slow).has_value());
    std::vector<std::uint64_t> servedBefore;
    for (devicesim::SimulatedDevice* device : simulator.fleet()->devices())
        servedBefore.push_back(device->counters().requestsServed);

    action(view, QStringLiteral("Read"))->trigger();
    CHECK(panelText(view).contains(QStringLiteral("0 of 40 done")));
    CHECK(rowsWithResult(view) == 0); // the earlier results are cleared
    auto* panel = view.findChild<BulkProgressPanel*>();
    REQUIRE(panel != nullptr);
    QPushButton* cancel = nullptr;
    for (QPushButton* button : panel->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Cancel"))
            cancel = button;
    }
    REQUIRE(cancel != nullptr);
    CHECK(cancel->isVisibleTo(panel));
    auto* bar = panel->findChild<QProgressBar*>();
    REQUIRE(bar != nullptr);
    const auto askedSoFar = [&] {
        int asked = 0;
        const auto devices = simulator.fleet()->devices();
        for (std::size_t i = 0; i < devices.size(); ++i)
            asked += devices[i]->counters().requestsServed > servedBefore[i] ? 1 : 0;
        return asked;
    };

    SECTION("before any device answered")
    {
        cancel->click();
        CHECK(panelText(view).contains(QStringLiteral("cancelled after 0 of 40, 0 failed")));
        CHECK_FALSE(cancel->isVisibleTo(panel));
        // Uncancelled, 16 devices at a time would have answered all 40 by now.
        spin(2500ms);
        CHECK(askedSoFar() > 0);
        CHECK(askedSoFar() <= 16);
        CHECK(rowsWithResult(view) == 0); // answers after the cancel are ignored
        CHECK(panelText(view).contains(QStringLiteral("cancelled after 0 of 40")));
    }

    SECTION("after the first answers")
    {
        // The first 16 answer together; the next ones come a response delay later.
        REQUIRE(waitFor([&] { return bar->value() >= 16; }, 5000ms));
        CHECK(bar->maximum() == 40);
        CHECK(panelText(view).contains(QStringLiteral("16 of 40 done, 0 failed")));
        cancel->click();
        CHECK(panelText(view).contains(QStringLiteral("cancelled after 16 of 40, 0 failed")));
        spin(2500ms);
        CHECK(askedSoFar() <= 32);
        CHECK(rowsWithResult(view) == 16);
        CHECK(bar->value() == 16);
    }
    app::test::stopSimulator(simulator);
}

TEST_CASE("a search marks the matched text in the cells it matched", "[app][inventory][highlight]")
{
    BulkFixture fixture;
    DevicesView view(*fixture.services);
    view.resize(1200, 400);
    std::vector<store::DeviceRecord> records;
    for (const char* endpoint : {"pump-007", "valve-1", "pump-017"}) {
        store::DeviceRecord record;
        record.endpoint = endpoint;
        record.model = std::string(endpoint).starts_with("pump") ? "PC-400" : "VX-2";
        record.serialNumber = (record.model == "PC-400" ? "PUMP-0" : "SN-") + std::string(endpoint);
        record.firmwareVersion = "1.0";
        record.status = store::DeviceStatus::Registered;
        record.lastSeenMs = 1'700'000'000'000;
        records.push_back(record);
    }
    view.model().upsert(records, std::numeric_limits<std::uint64_t>::max() / 2);
    auto* delegate = qobject_cast<MatchHighlightDelegate*>(view.table()->itemDelegate());
    REQUIRE(delegate != nullptr);
    const int endpoint = static_cast<int>(DeviceColumn::Endpoint);
    const int serial = static_cast<int>(DeviceColumn::Serial);
    const int modelColumn = static_cast<int>(DeviceColumn::Model);
    using Ranges = std::vector<std::pair<qsizetype, qsizetype>>;

    typeSearch(view, QStringLiteral("PUMP-0"));
    REQUIRE(view.model().rowCount() == 2);
    CHECK(delegate->matchRanges(endpoint, QStringLiteral("pump-007")) == Ranges{{0, 6}});
    CHECK(delegate->matchRanges(serial, QStringLiteral("PUMP-0pump-007")) ==
          Ranges{{0, 6}, {6, 6}});
    CHECK(delegate->matchRanges(modelColumn, QStringLiteral("PC-400")).empty());
    CHECK(delegate->matchRanges(static_cast<int>(DeviceColumn::Firmware), QStringLiteral("pump-0"))
              .empty());

    // A field term marks only its own column.
    typeSearch(view, QStringLiteral("model:pc-4"));
    CHECK(delegate->matchRanges(modelColumn, QStringLiteral("PC-400")) == Ranges{{0, 4}});
    CHECK(delegate->matchRanges(endpoint, QStringLiteral("pc-4")).empty());

    // And the painted cells: the marked substring is filled with the highlight colour laid over
    // the cell's background; a cell without a match has no such pixels.
    typeSearch(view, QStringLiteral("pump-0"));
    view.show();
    const auto cellImage = [&](int column) {
        const QRect rect = view.table()->visualRect(view.model().index(0, column));
        return view.table()->viewport()->grab(rect).toImage();
    };
    const auto markedPixels = [&](const QImage& image) {
        int most = 0;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            const QPalette palette = view.table()->palette();
            const QColor base = palette.color(group, QPalette::Base);
            const QColor mark = palette.color(group, QPalette::Highlight);
            const auto blend = [](int under, int over) {
                return qRound(under * 0.65 + over * 0.35);
            };
            const QColor expected(blend(base.red(), mark.red()), blend(base.green(), mark.green()),
                                  blend(base.blue(), mark.blue()));
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    count += std::abs(pixel.red() - expected.red()) <= 4 &&
                                     std::abs(pixel.green() - expected.green()) <= 4 &&
                                     std::abs(pixel.blue() - expected.blue()) <= 4
                                 ? 1
                                 : 0;
                }
            }
            most = std::max(most, count);
        }
        return most;
    };
    const int fontHeight = view.table()->fontMetrics().height();
    CHECK(markedPixels(cellImage(endpoint)) >= fontHeight * 10); // "pump-0" is wider than 10 px
    CHECK(markedPixels(cellImage(modelColumn)) == 0);
    delegate->clearHighlights();
    view.table()->viewport()->update();
    CHECK(markedPixels(cellImage(endpoint)) == 0);
    typeSearch(view, QString());
    CHECK(delegate->matchRanges(endpoint, QStringLiteral("pump-007")).empty());
}

TEST_CASE("a batched bulk action hands the endpoints over in batches and counts each device",
          "[app][inventory][bulk]")
{
    BulkActionRunner runner;
    QSignalSpy finished(&runner, &BulkActionRunner::finished);
    std::vector<std::string> endpoints;
    for (int i = 0; i < 2500; ++i)
        endpoints.push_back("dev-" + std::to_string(i));
    std::vector<std::vector<std::string>> batches;
    std::vector<BulkActionRunner::Report> pending;
    runner.startBatches(
        endpoints,
        [&](const std::vector<std::string>& batch, BulkActionRunner::Report report) {
            batches.push_back(batch);
            pending.push_back(std::move(report));
        },
        1000);
    // One batch at a time: the next starts when the previous answered.
    REQUIRE(batches.size() == 1);
    CHECK(batches[0].size() == 1000);
    CHECK(batches[0].front() == "dev-0");
    std::map<std::string, bool> outcome;
    QObject::connect(
        &runner, &BulkActionRunner::deviceFinished, &runner,
        [&](const std::string& endpoint, bool ok, const QString&) { outcome[endpoint] = ok; });
    pending[0](true, QStringLiteral("Tags changed"));
    REQUIRE(batches.size() == 2);
    CHECK(batches[1].front() == "dev-1000");
    pending[1](false, QStringLiteral("Tagging failed: unknown endpoint"));
    REQUIRE(batches.size() == 3);
    CHECK(batches[2].size() == 500);
    CHECK(runner.done() == 2000);
    CHECK(runner.failed() == 1000);
    CHECK(finished.count() == 0);
    pending[2](true, QStringLiteral("Tags unchanged"));
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(outcome.size() == 2500);
    CHECK(outcome["dev-999"]);
    CHECK_FALSE(outcome["dev-1000"]);
    CHECK_FALSE(outcome["dev-1999"]);
    CHECK(outcome["dev-2499"]);
    CHECK_FALSE(runner.running());
}
