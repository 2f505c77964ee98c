#pragma once

#include "fleet_spec.h"
#include "simulator/fleet_request.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <expected>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace hangar::app {

class AppServices;

/// What a new fleet is: a built-in profile (profile, count, endpoint prefix, ramp, security)
/// or a scenario file, and where it registers (the embedded engine or another server).
/// Scenario files are read off the GUI thread; their errors show with file, field and reason.
class FleetForm : public QWidget
{
    Q_OBJECT

public:
    /// `coapPort` / `coapsPort`: the embedded engine's bound ports (0 when an endpoint is off).
    FleetForm(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort, QWidget* parent = nullptr);

    struct Request
    {
        devicesim::FleetSpec spec;
        FleetTarget target;
    };
    /// The fleet and target the controls describe, or a translated message saying what to fix.
    std::expected<Request, QString> request() const;
    /// True when request() can succeed as far as the form can tell (a scenario is loaded, a
    /// server URI is given).
    bool ready() const;
    /// Reads the scenario file in the background, then shows its summary or its error.
    void loadScenarioFile(const QString& path);

Q_SIGNALS:
    void readyChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createProfilePage();
    QWidget* createScenarioPage();
    void retranslate();
    void browseScenario();
    void showScenarioResult(const QString& path, const Expected<devicesim::FleetSpec>& loaded);
    void updateTargetControls();
    bool scenarioSelected() const;

    AppServices& m_services;
    std::uint16_t m_coapPort = 0;
    std::uint16_t m_coapsPort = 0;

    QTabWidget* m_source = nullptr;
    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_prefixLabel = nullptr;
    QLineEdit* m_prefix = nullptr;
    QLabel* m_rampLabel = nullptr;
    QDoubleSpinBox* m_ramp = nullptr;
    QLabel* m_securityLabel = nullptr;
    QComboBox* m_security = nullptr;

    QLabel* m_scenarioLabel = nullptr;
    QLineEdit* m_scenarioPath = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_scenarioServers = nullptr;
    QLabel* m_scenarioInfo = nullptr;
    std::optional<devicesim::FleetSpec> m_scenario;
    QString m_scenarioError;
    QString m_loadedPath;
    int m_loadGeneration = 0;

    QLabel* m_targetLabel = nullptr;
    QFormLayout* m_targetForm = nullptr;
    QComboBox* m_target = nullptr;
    QLineEdit* m_uri = nullptr;
};

} // namespace hangar::app
