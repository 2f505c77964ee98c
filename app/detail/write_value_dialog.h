#pragma once

#include "lwm2m/value.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace hangar::app {

class ErrorLabel;

/// Asks for a new value of one resource with an editor that fits its type: a true/false choice
/// for booleans, a UTC date-time editor for time, a checked text field for everything else
/// (integer, unsigned, float, opaque as hex, objlnk as "obj:inst", string). OK refuses input
/// that does not parse, with a message saying what is expected, and keeps the dialog open.
class WriteValueDialog : public QDialog
{
    Q_OBJECT

public:
    /// `target` names the resource ("Lifetime (1) — /1/0/1").
    WriteValueDialog(const QString& target, lwm2m::ResourceType type, const std::optional<lwm2m::Value>& current,
                     QWidget* parent = nullptr);

    /// The accepted value (set once accept() succeeded).
    const std::optional<lwm2m::Value>& value() const { return m_value; }
    lwm2m::ResourceType type() const { return m_type; }
    /// The text editor (nullptr for booleans and time), for keyboard users and tests.
    QLineEdit* textEditor() const { return m_text; }
    /// The current validation message, empty when the input is valid.
    QString errorText() const;

    void accept() override;

private:
    Expected<lwm2m::Value> parsed() const;
    void validate();

    lwm2m::ResourceType m_type;
    QLineEdit* m_text = nullptr;
    QComboBox* m_choice = nullptr;
    QDateTimeEdit* m_time = nullptr;
    ErrorLabel* m_error = nullptr;
    std::optional<lwm2m::Value> m_value;
};

} // namespace hangar::app
