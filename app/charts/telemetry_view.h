#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace hangar::app {

class AppServices;
class SeriesListModel;
class SeriesPicker;
class TelemetryChart;

/// The Telemetry page: the chosen series (add with the picker or addSeries(), remove with the
/// button or Delete) beside the live chart and its toolbar (range presets and custom from/to,
/// follow, zoom, PNG and CSV export, load progress with cancel).
class TelemetryView : public QWidget
{
    Q_OBJECT

public:
    TelemetryView(AppServices& services, QWidget* parent = nullptr);

    /// Shows numeric resource `path` ("/3303/0/5700") of device `endpoint` on the chart.
    void addSeries(const QString& endpoint, const QString& path);

    TelemetryChart* chart() const { return m_chart; }
    SeriesListModel* seriesModel() const { return m_seriesModel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildToolbar(QWidget* bar);
    void retranslate();
    void refreshSeriesList();
    void removeSelected();
    void onPresetChosen();
    void applyCustomRange();
    void exportPng();
    void exportCsv();
    void showMessage(const QString& text);

    AppServices& m_services;
    TelemetryChart* m_chart = nullptr;
    SeriesPicker* m_picker = nullptr;
    SeriesListModel* m_seriesModel = nullptr;
    QListView* m_seriesList = nullptr;
    QLabel* m_seriesTitle = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QComboBox* m_range = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_applyRange = nullptr;
    QToolButton* m_follow = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_exportPng = nullptr;
    QToolButton* m_exportCsv = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hangar::app
