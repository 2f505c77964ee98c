#include "simulator/fleet_form.h"

#include "services/app_services.h"
#include "simulator/profile_names.h"

#include "profiles/device_profile.h"
#include "scenario/scenario_loader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hangar::app {
namespace {

constexpr int kMaxDevices = 100'000;
constexpr int kDefaultDevices = 20;
constexpr double kMaxRamp = 10'000.0;

enum TargetIndex { EmbeddedTarget, OtherTarget };
enum SecurityIndex { NoSecurity, PskSecurity };
enum SourceIndex { ProfileSource, ScenarioSource };

} // namespace

FleetForm::FleetForm(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort, QWidget* parent)
    : QWidget(parent), m_services(services), m_coapPort(coapPort), m_coapsPort(coapsPort)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_source = new QTabWidget(this);
    m_source->setObjectName(QStringLiteral("fleetSource"));
    m_source->addTab(createProfilePage(), QString());
    m_source->addTab(createScenarioPage(), QString());
    layout->addWidget(m_source);

    auto* targetForm = new QFormLayout;
    m_targetForm = targetForm;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("fleetTarget"));
    m_target->addItem(QString());
    m_target->addItem(QString());
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);
    targetForm->addRow(m_targetLabel, m_target);
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("serverUri"));
    m_uri->setPlaceholderText(QStringLiteral("coap://192.0.2.10:5683"));
    targetForm->addRow(QString(), m_uri);
    layout->addLayout(targetForm);

    connect(m_source, &QTabWidget::currentChanged, this, [this] {
        updateTargetControls();
        Q_EMIT readyChanged();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        updateTargetControls();
        Q_EMIT readyChanged();
    });
    connect(m_uri, &QLineEdit::textChanged, this, &FleetForm::readyChanged);
    connect(m_scenarioServers, &QCheckBox::toggled, this, [this] {
        updateTargetControls();
        Q_EMIT readyChanged();
    });
    // The embedded engine may only have its DTLS endpoint on: PSK is then the working default.
    if (m_coapPort == 0 && m_coapsPort != 0)
        m_security->setCurrentIndex(PskSecurity);
    retranslate();
    updateTargetControls();
}

QWidget* FleetForm::createProfilePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_profile = new QComboBox(page);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->addItem(QString(), QString::fromLatin1(devicesim::kMixedProfileName.data(),
                                                      static_cast<qsizetype>(devicesim::kMixedProfileName.size())));
    for (const devicesim::DeviceProfile* profile : devicesim::builtinProfiles()) {
        m_profile->addItem(QString(), QString::fromStdString(profile->name));
        m_profile->setItemData(m_profile->count() - 1, QString::fromStdString(profile->description), Qt::ToolTipRole);
    }
    m_profileLabel = new QLabel(page);
    m_profileLabel->setBuddy(m_profile);
    form->addRow(m_profileLabel, m_profile);

    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("deviceCount"));
    m_count->setRange(1, kMaxDevices);
    m_count->setValue(kDefaultDevices);
    m_count->setGroupSeparatorShown(true);
    m_countLabel = new QLabel(page);
    m_countLabel->setBuddy(m_count);
    form->addRow(m_countLabel, m_count);

    m_prefix = new QLineEdit(QStringLiteral("sim"), page);
    m_prefix->setObjectName(QStringLiteral("endpointPrefix"));
    // Endpoint names travel in URIs and PSK identities: keep them to safe characters.
    m_prefix->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._:-]{1,48}")), m_prefix));
    m_prefixLabel = new QLabel(page);
    m_prefixLabel->setBuddy(m_prefix);
    form->addRow(m_prefixLabel, m_prefix);

    m_ramp = new QDoubleSpinBox(page);
    m_ramp->setObjectName(QStringLiteral("rampPerSec"));
    m_ramp->setRange(0.0, kMaxRamp);
    m_ramp->setDecimals(1);
    m_ramp->setValue(0.0);
    m_rampLabel = new QLabel(page);
    m_rampLabel->setBuddy(m_ramp);
    form->addRow(m_rampLabel, m_ramp);

    m_security = new QComboBox(page);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(QString());
    m_security->addItem(QString());
    m_securityLabel = new QLabel(page);
    m_securityLabel->setBuddy(m_security);
    form->addRow(m_securityLabel, m_security);
    connect(m_prefix, &QLineEdit::textChanged, this, &FleetForm::readyChanged);
    return page;
}

QWidget* FleetForm::createScenarioPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_scenarioLabel = new QLabel(page);
    m_scenarioPath = new QLineEdit(page);
    m_scenarioPath->setObjectName(QStringLiteral("scenarioPath"));
    m_scenarioPath->setClearButtonEnabled(true);
    m_scenarioLabel->setBuddy(m_scenarioPath);
    m_browse = new QPushButton(page);
    m_browse->setObjectName(QStringLiteral("browseScenario"));
    row->addWidget(m_scenarioLabel);
    row->addWidget(m_scenarioPath, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);

    m_scenarioServers = new QCheckBox(page);
    m_scenarioServers->setObjectName(QStringLiteral("scenarioServers"));
    layout->addWidget(m_scenarioServers);

    m_scenarioInfo = new QLabel(page);
    m_scenarioInfo->setObjectName(QStringLiteral("scenarioInfo"));
    m_scenarioInfo->setWordWrap(true);
    m_scenarioInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scenarioInfo);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &FleetForm::browseScenario);
    connect(m_scenarioPath, &QLineEdit::editingFinished, this, [this] {
        if (m_scenarioPath->text() != m_loadedPath)
            loadScenarioFile(m_scenarioPath->text());
    });
    return page;
}

void FleetForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FleetForm::retranslate()
{
    m_source->setTabText(ProfileSource, tr("&Built-in profile"));
    m_source->setTabText(ScenarioSource, tr("Scenario &file"));
    m_source->setAccessibleName(tr("Fleet source"));
    m_profileLabel->setText(tr("&Profile:"));
    for (int row = 0; row < m_profile->count(); ++row)
        m_profile->setItemText(row, profileDisplayName(m_profile->itemData(row).toString().toStdString()));
    m_countLabel->setText(tr("&Devices:"));
    m_prefixLabel->setText(tr("&Endpoint prefix:"));
    m_prefix->setToolTip(tr("Devices are named prefix-0001, prefix-0002, …"));
    m_rampLabel->setText(tr("Start &ramp:"));
    m_ramp->setSuffix(tr(" devices/s"));
    m_ramp->setSpecialValueText(tr("all at once"));
    m_ramp->setAccessibleName(tr("Start ramp in devices per second, 0 for all at once"));
    m_securityLabel->setText(tr("Se&curity:"));
    m_security->setItemText(NoSecurity, tr("None (plain CoAP)"));
    m_security->setItemText(PskSecurity, tr("DTLS with pre-shared keys"));

    m_scenarioLabel->setText(tr("&Scenario:"));
    m_scenarioPath->setPlaceholderText(tr("Path to a scenario JSON file"));
    m_browse->setText(tr("Bro&wse…"));
    m_scenarioServers->setText(tr("Use the servers named in the file"));
    if (!m_scenarioError.isEmpty())
        m_scenarioInfo->setText(tr("This scenario cannot be used: %1").arg(m_scenarioError));
    else if (m_scenario)
        m_scenarioInfo->setText(tr("Ready to start %1 (devices: %L2).")
                                    .arg(QFileInfo(m_loadedPath).fileName())
                                    .arg(static_cast<qulonglong>(m_scenario->deviceCount())));
    else
        m_scenarioInfo->setText(tr("Choose a scenario file (format: device-sim/scenario/README.md)."));

    m_targetLabel->setText(tr("Se&rver:"));
    const QString embedded =
        m_coapPort != 0 ? QStringLiteral("coap://127.0.0.1:%1").arg(m_coapPort)
                        : QStringLiteral("coaps://127.0.0.1:%1").arg(m_coapsPort);
    m_target->setItemText(EmbeddedTarget, tr("Hangar's own engine (%1)").arg(embedded));
    m_target->setItemText(OtherTarget, tr("Another LwM2M server"));
    m_uri->setAccessibleName(tr("Server URI"));
}

bool FleetForm::scenarioSelected() const
{
    return m_source->currentIndex() == ScenarioSource;
}

void FleetForm::updateTargetControls()
{
    const bool fromFile = scenarioSelected() && m_scenarioServers->isChecked();
    m_target->setEnabled(!fromFile);
    // The URI field only appears when it is used.
    m_targetForm->setRowVisible(m_uri, !fromFile && m_target->currentIndex() == OtherTarget);
}

bool FleetForm::ready() const
{
    if (scenarioSelected()) {
        if (!m_scenario)
            return false;
        if (m_scenarioServers->isChecked())
            return true;
    } else if (!m_prefix->hasAcceptableInput()) {
        return false;
    }
    return m_target->currentIndex() == EmbeddedTarget || !m_uri->text().trimmed().isEmpty();
}

std::expected<FleetForm::Request, QString> FleetForm::request() const
{
    Request request;
    if (scenarioSelected()) {
        if (!m_scenario)
            return std::unexpected(m_scenarioError.isEmpty() ? tr("Choose a scenario file first.")
                                                             : tr("This scenario cannot be used: %1").arg(m_scenarioError));
        request.spec = *m_scenario;
        enableLiveFaults(request.spec);
    } else {
        if (!m_prefix->hasAcceptableInput())
            return std::unexpected(tr("The endpoint prefix may contain letters, digits, '.', '_', ':' and '-'."));
        ProfileFleetOptions options;
        options.profile = m_profile->currentData().toString().toStdString();
        options.count = static_cast<std::uint32_t>(m_count->value());
        options.endpointPrefix = m_prefix->text().toStdString();
        options.devicesPerSec = m_ramp->value();
        options.psk = m_security->currentIndex() == PskSecurity;
        request.spec = profileFleet(options);
    }
    request.target.coapPort = m_coapPort;
    request.target.coapsPort = m_coapsPort;
    if (scenarioSelected() && m_scenarioServers->isChecked()) {
        request.target.kind = FleetTarget::Kind::ScenarioServers;
    } else if (m_target->currentIndex() == OtherTarget) {
        request.target.kind = FleetTarget::Kind::OtherServer;
        request.target.uri = m_uri->text().trimmed().toStdString();
        if (request.target.uri.empty())
            return std::unexpected(tr("Enter the server's URI, for example coap://192.0.2.10:5683."));
    }
    return request;
}

void FleetForm::browseScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QFileInfo(m_loadedPath).path(),
                                                      tr("Scenario files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_scenarioPath->setText(path);
    loadScenarioFile(path);
}

void FleetForm::loadScenarioFile(const QString& path)
{
    const int generation = ++m_loadGeneration;
    m_loadedPath = path;
    m_scenario.reset();
    m_scenarioError.clear();
    if (m_scenarioPath->text() != path)
        m_scenarioPath->setText(path);
    Q_EMIT readyChanged();
    if (path.trimmed().isEmpty()) {
        retranslate();
        return;
    }
    m_scenarioInfo->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_services.query<Expected<devicesim::FleetSpec>>(
        this, [path] { return devicesim::loadScenario(path); },
        [this, path, generation](Expected<devicesim::FleetSpec> loaded) {
            if (generation == m_loadGeneration)
                showScenarioResult(path, loaded);
        });
}

void FleetForm::showScenarioResult(const QString& path, const Expected<devicesim::FleetSpec>& loaded)
{
    m_loadedPath = path;
    if (loaded) {
        m_scenario = *loaded;
        m_scenarioError.clear();
    } else {
        m_scenario.reset();
        m_scenarioError = QString::fromStdString(loaded.error().message);
    }
    retranslate();
    Q_EMIT readyChanged();
}

} // namespace hangar::app
