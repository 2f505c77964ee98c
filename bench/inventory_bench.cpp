// inventory_bench: the Devices table model at 100,000 synthetic devices (no engine), with a
// QTableView attached on the offscreen platform so the view's reaction is in the figures:
//   - filter per keystroke: each query typed one character at a time (parse + filter +
//     layout change), p50 and max over the keystrokes;
//   - sort on each column (ascending, then descending);
//   - a batch of 1,000 updated devices (sorted by endpoint: in place; sorted by last seen:
//     the rows move).
//   - heap bytes per row: the growth of malloc's in-use bytes while the rows were loaded, divided
//     by the rows (the model's rows, keys and indexes, and the view's per-row state), counting
//     both the arena and blocks malloc maps on their own (large arrays such as the rows).
// Target: <= 100 ms from keystroke to model updated, and for every sort.
// Usage: inventory_bench [--quick] [--rows N] [--repeat N]
//   --quick: 20,000 rows (default 100,000); --repeat: sort every column N times each way
//   (default 1), for steadier p50s on a loaded machine.

#include "inventory/device_filter.h"
#include "inventory/device_table_model.h"
#include "inventory/match_highlight_delegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace hangar;
using namespace hangar::app;

namespace {

struct Figure
{
    std::string name;
    std::vector<double> ms;
};

std::vector<store::DeviceRecord> fleet(int count, std::uint32_t seed)
{
    static const char* models[] = {"HT-210", "PC-400", "EM-300", "AT-100", "GW-900"};
    static const char* tags[] = {"north", "south", "east", "west", "plant1", "plant2", "plant3"};
    std::vector<store::DeviceRecord> records;
    records.reserve(static_cast<std::size_t>(count));
    std::uint32_t state = seed;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int i = 0; i < count; ++i) {
        store::DeviceRecord r;
        r.endpoint = "plant" + std::to_string(next() % 9) + "-dev-" + std::to_string(i);
        r.model = models[next() % 5];
        r.serialNumber = "SN" + std::to_string(next());
        r.firmwareVersion = std::to_string(1 + next() % 3) + "." + std::to_string(next() % 12) + "."
                            + std::to_string(next() % 5);
        r.status = static_cast<store::DeviceStatus>(1 + next() % 3);
        r.lastSeenMs = 1'700'000'000'000 + static_cast<std::int64_t>(next() % 86'400'000);
        r.lifetimeSec = 60 + next() % 600;
        r.address = "10." + std::to_string(next() % 256) + "." + std::to_string(next() % 256) + "."
                    + std::to_string(next() % 256) + ":5683";
        r.tags = {tags[next() % 7], tags[next() % 7]};
        std::sort(r.tags.begin(), r.tags.end());
        r.tags.erase(std::unique(r.tags.begin(), r.tags.end()), r.tags.end());
        records.push_back(std::move(r));
    }
    return records;
}

template <typename Work>
double timeMs(Work work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    QCoreApplication::processEvents(); // the view's reaction to the signals
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rows = 100'000;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick") {
            rows = 20'000;
        } else if (arg == "--rows" && i + 1 < argc) {
            rows = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: inventory_bench [--quick] [--rows N] [--repeat N]\n");
            return 2;
        }
    }

    DeviceTableModel model;
    QTableView view;
    auto* delegate = new MatchHighlightDelegate(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(1400, 900);
    view.show();

    std::vector<store::DeviceRecord> records = fleet(rows, 7);
    const struct mallinfo2 heapBefore = mallinfo2();
    const double loadMs = timeMs([&] {
        for (std::size_t at = 0; at < records.size(); at += 5000) {
            const auto end = std::min(records.size(), at + 5000);
            model.upsert({records.begin() + static_cast<std::ptrdiff_t>(at),
                          records.begin() + static_cast<std::ptrdiff_t>(end)},
                         1);
        }
    });

    const struct mallinfo2 heapAfter = mallinfo2();
    const auto perRow = [rows](std::size_t after, std::size_t before) {
        return (static_cast<double>(after) - static_cast<double>(before)) / rows;
    };
    const double arenaPerRow = perRow(heapAfter.uordblks, heapBefore.uordblks);
    const double mappedPerRow = perRow(heapAfter.hblkhd, heapBefore.hblkhd);

    std::vector<Figure> figures;
    const char* queries[] = {"status:offline", "model:pc-400", "fw:1.2", "plant3",
                             "tag:north plant3 status:online", "dev-1234"};
    Figure typing{"filter per keystroke (all queries)", {}};
    for (const char* query : queries) {
        Figure one{std::string("  typing \"") + query + "\"", {}};
        const QString text = QString::fromLatin1(query);
        for (qsizetype length = 1; length <= text.size(); ++length) {
            const double ms = timeMs([&] {
                DeviceFilter filter = parseDeviceFilter(text.left(length));
                for (int column = 0; column < kDeviceColumnCount; ++column)
                    delegate->setHighlights(column, filter.highlights(static_cast<DeviceColumn>(column)));
                model.setFilter(std::move(filter));
            });
            one.ms.push_back(ms);
            typing.ms.push_back(ms);
        }
        figures.push_back(one);
        typing.ms.push_back(timeMs([&] { model.setFilter({}); })); // clearing the box
    }
    figures.insert(figures.begin(), typing);

    std::vector<Figure> sorts;
    for (int column = 0; column < kDeviceColumnCount; ++column)
        sorts.push_back({"sort " + model.headerData(column, Qt::Horizontal).toString().toStdString(), {}});
    for (int run = 0; run < repeat; ++run) {
        for (int column = 0; column < kDeviceColumnCount; ++column) {
            Figure& sort = sorts[static_cast<std::size_t>(column)];
            sort.ms.push_back(timeMs([&] { model.sort(column, Qt::AscendingOrder); }));
            sort.ms.push_back(timeMs([&] { model.sort(column, Qt::DescendingOrder); }));
        }
    }
    figures.insert(figures.end(), sorts.begin(), sorts.end());

    const auto batchOf = [&](std::uint64_t seq) {
        std::vector<store::DeviceRecord> batch;
        for (int i = 0; i < 1000; ++i) {
            store::DeviceRecord r = records[static_cast<std::size_t>((i * 97 + static_cast<int>(seq) * 13) % rows)];
            r.lastSeenMs += static_cast<std::int64_t>(seq) * 1000 + i;
            r.status = static_cast<store::DeviceStatus>(1 + (i + static_cast<int>(seq)) % 3);
            batch.push_back(std::move(r));
        }
        return batch;
    };
    std::uint64_t seq = 2;
    Figure inPlace{"1,000 updated rows, sorted by endpoint", {}};
    model.sort(0, Qt::AscendingOrder);
    for (int run = 0; run < 10; ++run) {
        auto batch = batchOf(seq);
        inPlace.ms.push_back(timeMs([&] { model.upsert(batch, seq); }));
        ++seq;
    }
    Figure moving{"1,000 updated rows, sorted by last seen", {}};
    model.sort(static_cast<int>(DeviceColumn::LastSeen), Qt::DescendingOrder);
    for (int run = 0; run < 10; ++run) {
        auto batch = batchOf(seq);
        moving.ms.push_back(timeMs([&] { model.upsert(batch, seq); }));
        ++seq;
    }
    figures.push_back(inPlace);
    figures.push_back(moving);

    std::printf("inventory_bench: %d devices (synthetic), QTableView attached, offscreen\n", rows);
    std::printf("initial fill in pages of 5,000: %.0f ms\n", loadMs);
    std::printf("heap bytes per row (model and view): %.0f (arena %.0f, mapped blocks %.0f)\n\n",
                arenaPerRow + mappedPerRow, arenaPerRow, mappedPerRow);
    std::printf("%-44s %10s %10s %6s %s\n", "measure", "p50 ms", "max ms", "n", "target");
    for (const Figure& figure : figures) {
        const bool keystroke = figure.name.find("typing") != std::string::npos
                               || figure.name.find("keystroke") != std::string::npos;
        std::printf("%-44s %10.1f %10.1f %6zu %s\n", figure.name.c_str(), percentile(figure.ms, 0.5),
                    percentile(figure.ms, 1.0), figure.ms.size(),
                    keystroke ? "<= 100 ms keystroke to model updated"
                              : (figure.name.rfind("sort", 0) == 0 ? "<= 100 ms" : ""));
    }
    return 0;
}
