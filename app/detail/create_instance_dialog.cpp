#include "detail/create_instance_dialog.h"

#include "detail/resource_value_text.h"
#include "shell/error_label.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

constexpr int kMaxInstanceId = 65534; // 65535 is reserved (LwM2M 1.1 §7.2.1)

std::uint16_t lowestFreeId(const std::set<std::uint16_t>& existing)
{
    std::uint16_t free = 0;
    while (existing.contains(free) && free < kMaxInstanceId)
        ++free;
    return free;
}

} // namespace

CreateInstanceDialog::CreateInstanceDialog(const QString& target, const lwm2m::ObjectModel& object,
                                           std::set<std::uint16_t> existing, QWidget* parent)
    : QDialog(parent), m_object(object), m_existing(std::move(existing))
{
    setWindowTitle(tr("Create an instance of %1").arg(target));
    auto* idForm = new QFormLayout;
    m_instance = new QSpinBox(this);
    m_instance->setRange(0, kMaxInstanceId);
    m_instance->setValue(lowestFreeId(m_existing));
    m_instance->setAccessibleName(tr("New instance id"));
    idForm->addRow(tr("&Instance id:"), m_instance);
    m_deviceChooses = new QCheckBox(tr("Let the &device choose the id"), this);
    m_deviceChooses->setAccessibleName(tr("Let the device choose the instance id"));
    idForm->addRow(m_deviceChooses);

    auto* values = new QWidget(this);
    auto* valueForm = new QFormLayout(values);
    for (const auto& [resourceId, resource] : object.resources) {
        if (!lwm2m::isWritable(resource.operations) || resource.multiple)
            continue;
        auto* editor = new QLineEdit(values);
        editor->setPlaceholderText(valueFormatHint(resource.type));
        const QString name = QString::fromStdString(resource.name);
        editor->setAccessibleName(resource.mandatory ? tr("%1 (required)").arg(name) : name);
        editor->setToolTip(tr("Type: %1. %2")
                               .arg(QString::fromLatin1(lwm2m::resourceTypeName(resource.type)),
                                    valueFormatHint(resource.type)));
        const QString label = tr("%1 (%2)").arg(name).arg(resourceId);
        valueForm->addRow(resource.mandatory ? tr("%1 *:").arg(label) : tr("%1:").arg(label), editor);
        m_editors.emplace(resourceId, editor);
    }
    m_valuesNote = new QLabel(this);
    m_valuesNote->setWordWrap(true);
    m_valuesNote->setText(m_editors.empty()
                              ? tr("The object has no writable resources to set; the device fills in its defaults.")
                              : tr("Initial values of the writable resources; leave a field empty to let the "
                                   "device use its default. Fields marked * are required."));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(values);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVisible(!m_editors.empty());

    m_error = new ErrorLabel(this);
    m_error->setError(true);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Input error"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateInstanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateInstanceDialog::reject);
    connect(m_deviceChooses, &QCheckBox::toggled, this, &CreateInstanceDialog::deviceChoosesToggled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(idForm);
    layout->addWidget(m_valuesNote);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_instance->setFocus();
}

QLineEdit* CreateInstanceDialog::valueField(std::uint16_t resourceId) const
{
    const auto found = m_editors.find(resourceId);
    return found == m_editors.end() ? nullptr : found->second;
}

QString CreateInstanceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreateInstanceDialog::deviceChoosesToggled(bool chooses)
{
    // Values need an instance id in the payload, so a device-chosen id comes without them;
    // write them once the instance exists.
    m_instance->setEnabled(!chooses);
    for (const auto& [resourceId, editor] : m_editors)
        editor->setEnabled(!chooses);
    if (chooses && !m_editors.empty())
        m_valuesNote->setText(tr("When the device chooses the id, the instance starts with the device's "
                                 "defaults; write values once it exists."));
    else if (!m_editors.empty())
        m_valuesNote->setText(tr("Initial values of the writable resources; leave a field empty to let the "
                                 "device use its default. Fields marked * are required."));
}

void CreateInstanceDialog::showError(const QString& message, QWidget* focus)
{
    m_error->setText(message);
    m_error->show();
    if (focus != nullptr)
        focus->setFocus();
}

void CreateInstanceDialog::accept()
{
    if (m_deviceChooses->isChecked()) {
        m_instanceId.reset();
        m_values.clear();
        QDialog::accept();
        return;
    }
    const auto id = static_cast<std::uint16_t>(m_instance->value());
    if (m_existing.contains(id))
        return showError(tr("Instance %1 exists already; pick another id or let the device choose.").arg(id),
                         m_instance);
    lwm2m::PathValues values;
    for (const auto& [resourceId, editor] : m_editors) {
        const lwm2m::ResourceModel& resource = m_object.resources.at(resourceId);
        const QString name = QString::fromStdString(resource.name);
        if (editor->text().trimmed().isEmpty()) {
            if (resource.mandatory)
                return showError(tr("%1 is required for a new instance.").arg(name), editor);
            continue;
        }
        auto value = parseResourceValue(resource.type, editor->text());
        if (!value)
            return showError(tr("%1: %2").arg(name, QString::fromStdString(value.error().message)), editor);
        values.push_back({lwm2m::LwM2mPath(m_object.id, id, resourceId), std::move(*value), std::nullopt});
    }
    m_instanceId = id;
    m_values = std::move(values);
    QDialog::accept();
}

} // namespace hangar::app
