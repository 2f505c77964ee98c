#include "charts/telemetry_view.h"

#include "charts/chart_palette.h"
#include "charts/series_list_model.h"
#include "charts/series_picker.h"
#include "charts/telemetry_chart.h"
#include "services/app_services.h"
#include "shell/themed_icon.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

constexpr RangePreset kPresets[] = {RangePreset::FiveMinutes, RangePreset::OneHour, RangePreset::OneDay,
                                    RangePreset::SevenDays, RangePreset::Custom};

QToolButton* toolButton(QWidget* parent, const char* icon)
{
    auto* button = new QToolButton(parent);
    if (icon)
        button->setIcon(themedIcon(QLatin1String(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

TelemetryView::TelemetryView(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_seriesModel(new SeriesListModel(this))
{
    m_chart = new TelemetryChart(services, this);

    auto* side = new QWidget(this);
    m_picker = new SeriesPicker(services, side);
    m_seriesTitle = new QLabel(side);
    m_seriesList = new QListView(side);
    m_seriesList->setModel(m_seriesModel);
    m_seriesList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_seriesList->setUniformItemSizes(true);
    m_seriesTitle->setBuddy(m_seriesList);
    m_remove = new QPushButton(side);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_picker);
    sideLayout->addWidget(m_seriesTitle);
    sideLayout->addWidget(m_seriesList, 1);
    sideLayout->addWidget(m_remove);

    auto* chartSide = new QWidget(this);
    auto* bar = new QWidget(chartSide);
    buildToolbar(bar);
    m_message = new QLabel(chartSide);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* chartLayout = new QVBoxLayout(chartSide);
    chartLayout->addWidget(bar);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_message);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(chartSide);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_picker, &SeriesPicker::addRequested, this,
            [this](const SeriesKey& key) { addSeries(key.endpoint, key.path); });
    connect(m_remove, &QPushButton::clicked, this, &TelemetryView::removeSelected);
    auto* removeAction = new QAction(m_seriesList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_seriesList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &TelemetryView::removeSelected);
    connect(m_chart, &TelemetryChart::seriesChanged, this, &TelemetryView::refreshSeriesList);
    connect(m_chart, &TelemetryChart::followingChanged, m_follow, &QToolButton::setChecked);
    connect(m_chart, &TelemetryChart::presetChanged, this, [this](RangePreset preset) {
        m_range->setCurrentIndex(m_range->findData(static_cast<int>(preset)));
    });
    connect(m_chart, &TelemetryChart::problemChanged, this, &TelemetryView::showMessage);
    connect(m_chart, &TelemetryChart::exportFinished, this, [this](bool, const QString& text) { showMessage(text); });
    connect(m_chart, &TelemetryChart::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading);
        m_cancel->setVisible(loading);
    });

    setTabOrder(m_picker, m_seriesList);
    setTabOrder(m_seriesList, m_remove);
    setTabOrder(m_remove, m_range);
    retranslate();
}

void TelemetryView::buildToolbar(QWidget* bar)
{
    m_rangeLabel = new QLabel(bar);
    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("rangePreset"));
    m_rangeLabel->setBuddy(m_range);
    for (const RangePreset preset : kPresets)
        m_range->addItem(QString(), static_cast<int>(preset));
    m_range->setCurrentIndex(1); // the chart starts on the last hour
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), bar);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), bar);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_applyRange = new QPushButton(bar);
    m_applyRange->setObjectName(QStringLiteral("applyRange"));
    m_applyRange->setVisible(false);
    m_follow = toolButton(bar, "start");
    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_chart->following());
    m_zoomIn = toolButton(bar, nullptr);
    m_zoomOut = toolButton(bar, nullptr);
    m_exportPng = toolButton(bar, "export");
    m_exportCsv = toolButton(bar, "export");
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(bar);
    m_cancel->setVisible(false);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_rangeLabel, m_range, m_from, m_to, m_applyRange,
                                                           m_follow, m_zoomIn, m_zoomOut, m_exportPng,
                                                           m_exportCsv})
        layout->addWidget(widget);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_range, &QComboBox::activated, this, &TelemetryView::onPresetChosen);
    connect(m_applyRange, &QPushButton::clicked, this, &TelemetryView::applyCustomRange);
    connect(m_follow, &QToolButton::clicked, m_chart, &TelemetryChart::setFollowing);
    connect(m_zoomIn, &QToolButton::clicked, m_chart, [this] { m_chart->zoom(0.5); });
    connect(m_zoomOut, &QToolButton::clicked, m_chart, [this] { m_chart->zoom(2.0); });
    connect(m_exportPng, &QToolButton::clicked, this, &TelemetryView::exportPng);
    connect(m_exportCsv, &QToolButton::clicked, this, &TelemetryView::exportCsv);
    connect(m_cancel, &QPushButton::clicked, m_chart, &TelemetryChart::cancelLoading);
}

void TelemetryView::retranslate()
{
    m_seriesTitle->setText(tr("&Series"));
    m_remove->setText(tr("&Remove"));
    m_seriesList->setAccessibleName(tr("Series on the chart"));
    m_rangeLabel->setText(tr("Ra&nge:"));
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, presetName(static_cast<RangePreset>(m_range->itemData(i).toInt())));
    m_from->setAccessibleName(tr("From"));
    m_from->setToolTip(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_to->setToolTip(tr("To"));
    m_applyRange->setText(tr("Show"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest samples in view (F)"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (-)"));
    m_exportPng->setText(tr("PNG…"));
    m_exportPng->setToolTip(tr("Save the chart as a PNG image"));
    m_exportCsv->setText(tr("CSV…"));
    m_exportCsv->setToolTip(tr("Save the samples in view as CSV"));
    m_progress->setAccessibleName(tr("Loading samples"));
    m_cancel->setText(tr("Cancel"));
    refreshSeriesList();
}

void TelemetryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refreshSeriesList();
    QWidget::changeEvent(event);
}

void TelemetryView::addSeries(const QString& endpoint, const QString& path)
{
    m_chart->addSeries(SeriesKey{endpoint, path});
}

void TelemetryView::refreshSeriesList()
{
    std::vector<SeriesListModel::Entry> entries;
    const std::vector<SeriesKey> keys = m_chart->series();
    const QStringList labels = m_chart->seriesLabels();
    for (std::size_t i = 0; i < keys.size(); ++i)
        entries.push_back({keys[i], labels.value(static_cast<qsizetype>(i)), seriesColor(static_cast<int>(i), palette())});
    m_seriesModel->setEntries(std::move(entries));
    m_remove->setEnabled(!m_chart->series().empty());
}

void TelemetryView::removeSelected()
{
    std::vector<SeriesKey> chosen;
    for (const QModelIndex& index : m_seriesList->selectionModel()->selectedRows()) {
        if (const SeriesListModel::Entry* entry = m_seriesModel->entry(index.row()))
            chosen.push_back(entry->key);
    }
    if (chosen.empty() && m_seriesList->currentIndex().isValid())
        chosen.push_back(m_seriesModel->entry(m_seriesList->currentIndex().row())->key);
    for (const SeriesKey& key : chosen)
        m_chart->removeSeries(key);
}

void TelemetryView::onPresetChosen()
{
    const auto preset = static_cast<RangePreset>(m_range->currentData().toInt());
    const bool custom = preset == RangePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_applyRange->setVisible(custom);
    if (!custom) {
        m_chart->setPreset(preset);
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_to->setDateTime(now);
    m_from->setDateTime(now.addSecs(-3600));
    m_from->setFocus();
}

void TelemetryView::applyCustomRange()
{
    if (m_from->dateTime() >= m_to->dateTime()) {
        showMessage(tr("The range must start before it ends."));
        return;
    }
    showMessage(QString());
    m_chart->setCustomRange(m_from->dateTime(), m_to->dateTime());
}

void TelemetryView::exportPng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save chart image"), QDir::homePath(),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    showMessage(m_chart->exportPng(file) ? tr("Saved %1.").arg(QDir::toNativeSeparators(file))
                                         : tr("Could not write %1: choose a folder you can write to.")
                                               .arg(QDir::toNativeSeparators(file)));
}

void TelemetryView::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save samples"), QDir::homePath(),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        m_chart->exportCsv(file);
}

void TelemetryView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace hangar::app
