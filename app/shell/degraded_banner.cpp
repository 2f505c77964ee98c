#include "shell/degraded_banner.h"

#include "shell/error_label.h"

#include <QEvent>
#include <QHBoxLayout>

namespace hangar::app {

DegradedBanner::DegradedBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("degradedBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label = new ErrorLabel(this);
    m_label->setError(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
    hide();
}

void DegradedBanner::showHealth(const engine::EngineHealth& health)
{
    m_diskFull = health.diskFull;
    m_reason = QString::fromStdString(health.degraded);
    setVisible(!m_reason.isEmpty());
    retranslate();
}

QString DegradedBanner::text() const
{
    return m_label->text();
}

void DegradedBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void DegradedBanner::retranslate()
{
    if (m_reason.isEmpty()) {
        m_label->clear();
        m_label->setToolTip(QString());
        return;
    }
    m_label->setText(
        m_diskFull ? tr("Hangar cannot save: the disk is full. Changes are kept and saved once "
                        "there is space again; new devices cannot register until then.")
                   : tr("Hangar cannot save: writing to the database fails. Changes are kept "
                        "and saved once writing works again; new devices cannot register "
                        "until then."));
    m_label->setToolTip(m_reason);
}

} // namespace hangar::app
