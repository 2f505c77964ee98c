#include "charts/qcustomplot_include.h"
#include "charts/telemetry_chart.h"
#include "dashboard/dashboard_view.h"
#include "detail/activity_model.h"
#include "inventory/device_table_model.h"
#include "shell/error_label.h"
#include "shell/palette_colors.h"
#include "shell/themed_icon.h"

#include "event_loop_wait.h"
#include "live_engine.h"
#include "test_palettes.h"

#include <QImage>
#include <QVBoxLayout>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::app;
using namespace std::chrono_literals;

namespace {

constexpr double kBodyText = 4.5;
constexpr double kHintText = 3.0;

bool reddish(const QColor& colour)
{
    return colour.red() > colour.green() + 40 && colour.red() > colour.blue() + 40;
}

QColor foreground(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::ForegroundRole).value<QBrush>().color();
}

/// The colour of the icon's lines: its first fully opaque pixel.
QColor lineColour(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                return image.pixelColor(x, y);
    return {};
}

} // namespace

TEST_CASE("the contrast ratio follows WCAG: black on white is 21, a colour on itself 1", "[app][palette]")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::black) == Approx(21.0));
    CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)) == Approx(1.0));
    // Half-transparent black on white is painted as mid grey.
    CHECK(contrastRatio(QColor(0, 0, 0, 128), Qt::white) == Approx(contrastRatio(QColor(0x7f, 0x7f, 0x7f), Qt::white)).epsilon(0.02));
}

TEST_CASE("error and secondary text stay readable on light and dark palettes", "[app][palette]")
{
    const auto [name, palette] = GENERATE(table<const char*, QPalette>({
        {"light", app::test::lightPalette()},
        {"dark", app::test::darkPalette()},
        {"hand-made dark", app::test::partialDarkPalette()},
    }));
    INFO(name);
    const QColor error = errorTextColor(palette);
    INFO(error.name().toStdString());
    CHECK(reddish(error));
    CHECK(contrastRatio(error, palette.color(QPalette::Base)) >= kBodyText);
    CHECK(contrastRatio(error, palette.color(QPalette::Window)) >= kBodyText);
    const QColor secondary = secondaryTextColor(palette);
    CHECK(contrastRatio(secondary, palette.color(QPalette::Base)) >= kHintText);
    // Secondary text must still look secondary: weaker than the normal text.
    CHECK(contrastRatio(secondary, palette.color(QPalette::Base)) <
          contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)));
}

TEST_CASE("switching the application to a dark palette at runtime re-colours errors, models and charts",
          "[app][palette]")
{
    app::test::LiveEngine live;
    const app::test::ScopedApplicationPalette light(app::test::lightPalette());
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new ErrorLabel(&window);
    label->setText(QStringLiteral("The device refused the write"));
    label->setError(true);
    layout->addWidget(label);
    auto* chart = new TelemetryChart(*live.services, &window);
    layout->addWidget(chart);
    auto* dashboard = new DashboardView(*live.services, &window);
    layout->addWidget(dashboard);
    window.resize(900, 900);
    window.show();
    ActivityModel activity;
    activity.finish(activity.begin(DeviceOperation::Write, QStringLiteral("/3/0/14"), false), false,
                    QStringLiteral("4.05 Method Not Allowed"));
    activity.begin(DeviceOperation::Read, QStringLiteral("/3/0"), false);
    const int failedRow = 1; // newest first
    const int pendingRow = 0;
    DeviceTableModel devices;
    store::DeviceRecord device;
    device.endpoint = "pump-1";
    devices.upsert({device}, 1);
    devices.setResult("pump-1", QStringLiteral("Reboot failed: 4.05"), true);
    const auto deviceResult = [&] {
        return foreground(devices, 0, static_cast<int>(DeviceColumn::Result));
    };

    const QPalette lightNow = QApplication::palette();
    CHECK(contrastRatio(label->palette().color(QPalette::WindowText), lightNow.color(QPalette::Window)) >= kBodyText);
    const QColor lightError = foreground(activity, failedRow, ActivityModel::ResultColumn);
    const QColor lightDeviceError = deviceResult();
    CHECK(contrastRatio(lightDeviceError, lightNow.color(QPalette::Base)) >= kBodyText);

    const QPalette dark = app::test::darkPalette();
    const app::test::ScopedApplicationPalette switched(dark);
    hangar::test::spin(50ms);

    const QColor labelText = label->palette().color(QPalette::WindowText);
    INFO(labelText.name().toStdString());
    CHECK(reddish(labelText));
    CHECK(contrastRatio(labelText, dark.color(QPalette::Window)) >= kBodyText);
    CHECK(label->palette().color(QPalette::Window) == dark.color(QPalette::Window)); // only the text is the label's own

    const QColor failed = foreground(activity, failedRow, ActivityModel::ResultColumn);
    CHECK(failed != lightError);
    CHECK(contrastRatio(failed, dark.color(QPalette::Base)) >= kBodyText);
    CHECK(deviceResult() != lightDeviceError);
    CHECK(reddish(deviceResult()));
    CHECK(contrastRatio(deviceResult(), dark.color(QPalette::Base)) >= kBodyText);
    CHECK(contrastRatio(foreground(activity, pendingRow, ActivityModel::ResultColumn), dark.color(QPalette::Base)) >=
          kHintText);

    for (QCustomPlot* plot : {chart->plot(), dashboard->registrationsPlot(), dashboard->firmwarePlot()}) {
        CHECK(plot->axisRect()->backgroundBrush().color() == dark.color(QPalette::Base));
        CHECK(plot->xAxis->tickLabelColor() == dark.color(QPalette::Text));
        CHECK(plot->yAxis->tickLabelColor() == dark.color(QPalette::Text));
    }

    label->setError(false);
    CHECK(label->palette().color(QPalette::WindowText) == dark.color(QPalette::WindowText));
}

TEST_CASE("the app's icons are drawn in the palette's colours, sharp at any device pixel ratio", "[app][palette]")
{
    const app::test::ScopedApplicationPalette light(app::test::lightPalette());
    const QIcon icon = themedIcon(QStringLiteral("start"));
    REQUIRE_FALSE(icon.isNull());
    for (const qreal ratio : {1.0, 1.5, 2.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), ratio);
        CHECK(pixmap.size() == QSize(qRound(24 * ratio), qRound(24 * ratio))); // rendered, not scaled up
        CHECK(pixmap.devicePixelRatio() == Approx(ratio));
    }
    const QPalette lightNow = QApplication::palette();
    const QColor onLight = lineColour(icon.pixmap(QSize(24, 24), 2.0));
    CHECK(contrastRatio(onLight, lightNow.color(QPalette::Window)) >= kHintText);
    CHECK(lineColour(icon.pixmap(QSize(24, 24), 2.0, QIcon::Selected)) == lightNow.color(QPalette::HighlightedText));

    const QPalette dark = app::test::darkPalette();
    const app::test::ScopedApplicationPalette switched(dark);
    const QColor onDark = lineColour(icon.pixmap(QSize(24, 24), 2.0));
    INFO(onLight.name().toStdString() << " then " << onDark.name().toStdString());
    CHECK(onDark != onLight);
    CHECK(contrastRatio(onDark, dark.color(QPalette::Window)) >= kHintText);
}
