#pragma once

#include "engine/device_request_types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace hangar::app {

class ErrorLabel;

/// Asks for the notification attributes of an observation (LwM2M 1.1 §5.1.2): minimum and
/// maximum period in seconds, greater-than, less-than and step thresholds. Every field may be
/// left unset; OK refuses thresholds that are not numbers and pmax below pmin.
class ObserveDialog : public QDialog
{
    Q_OBJECT

public:
    /// `target` names what is observed ("Sensor Value (5700) — /3303/0/5700").
    explicit ObserveDialog(const QString& target, QWidget* parent = nullptr);

    /// The accepted attributes (valid after accept()).
    const engine::NotificationAttributes& attributes() const { return m_attributes; }
    QSpinBox* pminField() const { return m_pmin; }
    QSpinBox* pmaxField() const { return m_pmax; }
    QLineEdit* greaterThanField() const { return m_gt; }
    QString errorText() const;

    void accept() override;

private:
    QSpinBox* periodField(const QString& accessibleName);
    QLineEdit* thresholdField(const QString& accessibleName);

    QSpinBox* m_pmin = nullptr;
    QSpinBox* m_pmax = nullptr;
    QLineEdit* m_gt = nullptr;
    QLineEdit* m_lt = nullptr;
    QLineEdit* m_st = nullptr;
    ErrorLabel* m_error = nullptr;
    engine::NotificationAttributes m_attributes;
};

} // namespace hangar::app
