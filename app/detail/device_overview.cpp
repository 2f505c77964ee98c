#include "detail/device_overview.h"

#include "lwm2m/registration_links.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace hangar::app {

namespace {

QString timeText(std::int64_t ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

DeviceOverview::DeviceOverview(const lwm2m::ObjectRegistry& models, QWidget* parent)
    : QWidget(parent), m_models(models)
{
    m_identity = new QGroupBox(this);
    m_registration = new QGroupBox(this);
    m_connectivity = new QGroupBox(this);
    m_battery = new QGroupBox(this);
    for (const char* key : {"endpoint", "manufacturer", "model", "serial", "firmware"})
        addField(m_identity, QLatin1String(key));
    for (const char* key : {"status", "version", "lifetime", "binding", "objects", "registered", "lastSeen"})
        addField(m_registration, QLatin1String(key));
    addField(m_connectivity, QStringLiteral("address"));
    addField(m_battery, QStringLiteral("battery"));
    m_batteryBar = new QProgressBar(m_battery);
    m_batteryBar->setRange(0, 100);
    m_batteryBar->hide();
    qobject_cast<QFormLayout*>(m_battery->layout())->addRow(QString(), m_batteryBar);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_identity, 0, 0);
    grid->addWidget(m_registration, 0, 1, 3, 1);
    grid->addWidget(m_connectivity, 1, 0);
    grid->addWidget(m_battery, 2, 0);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    retranslate();
}

QLabel* DeviceOverview::addField(QGroupBox* group, const QString& key)
{
    auto* form = qobject_cast<QFormLayout*>(group->layout());
    if (form == nullptr) {
        form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    Field field{key, new QLabel(group), new QLabel(group)};
    field.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field.value->setFocusPolicy(Qt::TabFocus);
    field.value->setWordWrap(true);
    field.label->setBuddy(field.value);
    form->addRow(field.label, field.value);
    m_fields.push_back(field);
    return field.value;
}

QLabel* DeviceOverview::value(const QString& key) const
{
    for (const Field& field : m_fields) {
        if (field.key == key)
            return field.value;
    }
    return nullptr;
}

QString DeviceOverview::fieldText(const QString& key) const
{
    const QLabel* label = value(key);
    return label ? label->text() : QString();
}

QString DeviceOverview::statusName(store::DeviceStatus status)
{
    switch (status) {
    case store::DeviceStatus::Registered:
        return tr("online");
    case store::DeviceStatus::Sleeping:
        return tr("sleeping");
    case store::DeviceStatus::Offline:
        return tr("offline");
    }
    return {};
}

void DeviceOverview::setDevice(const store::DeviceRecord& device)
{
    m_device = device;
    showDevice();
}

void DeviceOverview::setBattery(std::optional<std::int64_t> percent, std::int64_t timeMs)
{
    m_batteryPercent = percent;
    m_batteryTimeMs = timeMs;
    showBattery();
}

void DeviceOverview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeviceOverview::retranslate()
{
    m_identity->setTitle(tr("Identity"));
    m_registration->setTitle(tr("Registration"));
    m_connectivity->setTitle(tr("Connectivity"));
    m_battery->setTitle(tr("Battery"));
    const std::pair<const char*, QString> labels[] = {
        {"endpoint", tr("Endpoint:")},         {"manufacturer", tr("Manufacturer:")},
        {"model", tr("Model:")},               {"serial", tr("Serial number:")},
        {"firmware", tr("Firmware version:")}, {"status", tr("Status:")},
        {"version", tr("LwM2M version:")},     {"lifetime", tr("Lifetime:")},
        {"binding", tr("Binding:")},           {"objects", tr("Registered objects:")},
        {"registered", tr("Registered at:")},  {"lastSeen", tr("Last seen:")},
        {"address", tr("Peer address:")},      {"battery", tr("Battery level:")},
    };
    for (Field& field : m_fields) {
        for (const auto& [key, text] : labels) {
            if (field.key == QLatin1String(key))
                field.label->setText(text);
        }
        field.value->setAccessibleName(field.label->text());
    }
    m_batteryBar->setAccessibleName(tr("Battery level"));
    showDevice();
    showBattery();
}

QString DeviceOverview::objectsText() const
{
    const auto links = lwm2m::parseRegistrationLinks(m_device->objectLinks);
    if (!links)
        return tr("unreadable (%1)").arg(QString::fromStdString(links.error().message));
    QStringList lines;
    for (const lwm2m::RegisteredObject& object : links->objects) {
        const lwm2m::ObjectModel* model = m_models.object(object.id);
        const QString name = model ? QString::fromStdString(model->name) : tr("unknown object");
        QStringList instances;
        for (const std::uint16_t instance : object.instanceIds)
            instances << QString::number(instance);
        lines << (instances.isEmpty() ? tr("%1 (/%2)").arg(name).arg(object.id)
                                      : tr("%1 (/%2), instances %3").arg(name).arg(object.id).arg(instances.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void DeviceOverview::showDevice()
{
    const QString unknown = tr("unknown");
    if (!m_device) {
        for (Field& field : m_fields) {
            if (field.key != u"battery")
                field.value->setText(tr("loading…"));
        }
        return;
    }
    const store::DeviceRecord& d = *m_device;
    const auto optional = [&unknown](const std::optional<std::string>& text) {
        return text && !text->empty() ? QString::fromStdString(*text) : unknown;
    };
    value(QStringLiteral("endpoint"))->setText(QString::fromStdString(d.endpoint));
    value(QStringLiteral("manufacturer"))->setText(optional(d.manufacturer));
    value(QStringLiteral("model"))->setText(optional(d.model));
    value(QStringLiteral("serial"))->setText(optional(d.serialNumber));
    value(QStringLiteral("firmware"))->setText(optional(d.firmwareVersion));
    value(QStringLiteral("status"))->setText(statusName(d.status));
    value(QStringLiteral("version"))->setText(d.lwm2mVersion.empty() ? unknown : QString::fromStdString(d.lwm2mVersion));
    value(QStringLiteral("lifetime"))->setText(tr("%1 s").arg(d.lifetimeSec));
    const QString binding = d.binding.empty() ? unknown : QString::fromStdString(d.binding);
    value(QStringLiteral("binding"))->setText(d.queueMode ? tr("%1, queue mode").arg(binding) : binding);
    value(QStringLiteral("objects"))->setText(objectsText());
    value(QStringLiteral("registered"))->setText(d.registeredAtMs > 0 ? timeText(d.registeredAtMs) : unknown);
    value(QStringLiteral("lastSeen"))->setText(d.lastSeenMs > 0 ? timeText(d.lastSeenMs) : unknown);
    value(QStringLiteral("address"))->setText(d.address.empty() ? unknown : QString::fromStdString(d.address));
}

void DeviceOverview::showBattery()
{
    QLabel* label = value(QStringLiteral("battery"));
    if (!m_batteryPercent) {
        label->setText(tr("not reported"));
        m_batteryBar->hide();
        return;
    }
    const int percent = static_cast<int>(std::clamp<std::int64_t>(*m_batteryPercent, 0, 100));
    label->setText(tr("%1 % (reported %2)").arg(percent).arg(timeText(m_batteryTimeMs)));
    m_batteryBar->setValue(percent);
    m_batteryBar->show();
}

} // namespace hangar::app
