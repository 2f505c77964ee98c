#pragma once

#include "lwm2m/object_model.h"
#include "lwm2m/path_value.h"

#include <QDialog>

#include <cstdint>
#include <map>
#include <optional>
#include <set>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hangar::app {

class ErrorLabel;

/// Asks for a new instance of an object (LwM2M 1.1 §5.4.5 Create): its instance id, or "let
/// the device choose", and initial values for the writable single resources of the model, each
/// checked like a write (resource_value_text). Empty fields are not sent; mandatory writable
/// resources must be given. OK refuses an id already in use and values that do not parse.
class CreateInstanceDialog : public QDialog
{
    Q_OBJECT

public:
    /// `target` names the object ("Temperature (3303) — /3303"); `existing` are its instances.
    CreateInstanceDialog(const QString& target, const lwm2m::ObjectModel& object,
                         std::set<std::uint16_t> existing, QWidget* parent = nullptr);

    /// The asked instance id; nothing when the device chooses (valid after accept()).
    const std::optional<std::uint16_t>& instanceId() const { return m_instanceId; }
    /// The initial values, below /object/instance (valid after accept()).
    const lwm2m::PathValues& values() const { return m_values; }

    QSpinBox* instanceField() const { return m_instance; }
    QCheckBox* deviceChoosesField() const { return m_deviceChooses; }
    /// The editor of a resource, nullptr when the resource is not offered.
    QLineEdit* valueField(std::uint16_t resourceId) const;
    QString errorText() const;

    void accept() override;

private:
    void deviceChoosesToggled(bool chooses);
    void showError(const QString& message, QWidget* focus);

    const lwm2m::ObjectModel& m_object;
    std::set<std::uint16_t> m_existing;
    QSpinBox* m_instance = nullptr;
    QCheckBox* m_deviceChooses = nullptr;
    QLabel* m_valuesNote = nullptr;
    std::map<std::uint16_t, QLineEdit*> m_editors;
    ErrorLabel* m_error = nullptr;
    std::optional<std::uint16_t> m_instanceId;
    lwm2m::PathValues m_values;
};

} // namespace hangar::app
