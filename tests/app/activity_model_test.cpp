#include "detail/activity_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <vector>

using namespace hangar::app;

namespace {

QString cell(const ActivityModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("the request log keeps the newest request on top and its outcome in the Result column",
          "[app][detail][activity]")
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == ActivityModel::ColumnCount);

    const quint64 read = model.begin(DeviceOperation::Read, QStringLiteral("/3/0"), false);
    const quint64 write = model.begin(DeviceOperation::Write, QStringLiteral("/1/0/1"), true);
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, ActivityModel::OperationColumn) == QStringLiteral("Write"));
    CHECK(cell(model, 0, ActivityModel::PathColumn) == QStringLiteral("/1/0/1"));
    CHECK(cell(model, 0, ActivityModel::ResultColumn) ==
          QStringLiteral("queued until the device wakes"));
    CHECK(cell(model, 1, ActivityModel::OperationColumn) == QStringLiteral("Read"));
    CHECK(cell(model, 1, ActivityModel::ResultColumn) == QStringLiteral("pending…"));
    CHECK(model.state(read) == RequestState::Pending);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.finish(read, true, QStringLiteral("14 values"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == 1);
    CHECK(model.state(read) == RequestState::Done);
    CHECK(cell(model, 1, ActivityModel::ResultColumn).startsWith(QStringLiteral("done in ")));
    CHECK(cell(model, 1, ActivityModel::ResultColumn).endsWith(QStringLiteral(": 14 values")));

    model.finish(write, false, QStringLiteral("4.05 Method Not Allowed"));
    CHECK(model.state(write) == RequestState::Failed);
    CHECK(cell(model, 0, ActivityModel::ResultColumn) ==
          QStringLiteral("failed: 4.05 Method Not Allowed"));
    CHECK(model.index(0, ActivityModel::ResultColumn).data(Qt::ForegroundRole).isValid());

    model.finish(9999, true, QString()); // unknown ids change nothing
    CHECK(changed.count() == 2);
    CHECK(model.state(9999) == RequestState::Idle);
    CHECK(model.headerData(ActivityModel::ResultColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Result"));
}

TEST_CASE("the request log drops the oldest rows beyond its capacity", "[app][detail][activity]")
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<quint64> ids;
    const int extra = 25;
    for (int i = 0; i < ActivityModel::kMaxRows + extra; ++i) {
        ids.push_back(model.begin(i % 2 ? DeviceOperation::Observe : DeviceOperation::Execute,
                                  QStringLiteral("/3303/%1").arg(i), false));
        if (i % 3 == 0)
            model.finish(ids.back(), i % 6 == 0, QStringLiteral("answer %1").arg(i));
    }
    REQUIRE(model.rowCount() == ActivityModel::kMaxRows);
    const int newest = ActivityModel::kMaxRows + extra - 1;
    CHECK(cell(model, 0, ActivityModel::PathColumn) == QStringLiteral("/3303/%1").arg(newest));
    CHECK(cell(model, ActivityModel::kMaxRows - 1, ActivityModel::PathColumn) ==
          QStringLiteral("/3303/%1").arg(extra));

    // A request that scrolled out is forgotten: finishing it changes no row.
    CHECK(model.state(ids.front()) == RequestState::Idle);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.finish(ids[1], true, QString());
    CHECK(changed.count() == 0);

    // The oldest kept row can still be finished, and only that row changes.
    const quint64 oldestKept = ids[static_cast<std::size_t>(extra) + 1];
    REQUIRE(model.state(oldestKept) == RequestState::Pending);
    model.finish(oldestKept, false, QStringLiteral("timeout"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == ActivityModel::kMaxRows - 2);
    CHECK(cell(model, ActivityModel::kMaxRows - 2, ActivityModel::ResultColumn) ==
          QStringLiteral("failed: timeout"));
}
