#pragma once

#include "engine/engine.h"

#include <QFrame>

class QLabel;

namespace hangar::app {

class ErrorLabel;

/// A banner across the top of the main window while the engine is degraded (its store cannot
/// write: disk full or I/O error), saying what still works; hidden otherwise. The technical
/// reason is in its tooltip.
class DegradedBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DegradedBanner(QWidget* parent = nullptr);

    /// Shows or hides the banner for the engine's latest health.
    void showHealth(const engine::EngineHealth& health);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ErrorLabel* m_label = nullptr;
    bool m_diskFull = false;
    QString m_reason;
};

} // namespace hangar::app
