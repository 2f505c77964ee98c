#pragma once

#include "charts/series_key.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace hangar::app {

class AppServices;

/// Picks a device and one of its numeric resources: the device box lists known devices (typing
/// filters them), the resource box the numeric values the engine holds for it (observed or
/// read), and Add asks for the series.
class SeriesPicker : public QWidget
{
    Q_OBJECT

public:
    SeriesPicker(AppServices& services, QWidget* parent = nullptr);

    /// Fills the device box from the store (on a worker).
    void refreshDevices();

Q_SIGNALS:
    void addRequested(const hangar::app::SeriesKey& key);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void loadPaths(const QString& endpoint);
    void requestAdd();

    AppServices& m_services;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_path = nullptr;
    QPushButton* m_add = nullptr;
    int m_pathRequest = 0;
};

} // namespace hangar::app
