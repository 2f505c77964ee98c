#include "shell/error_label.h"

#include "shell/palette_colors.h"

#include <QEvent>

namespace hangar::app {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent) {}

void ErrorLabel::setError(bool error)
{
    m_error = error;
    recolour();
}

void ErrorLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        recolour();
    QLabel::changeEvent(event);
}

void ErrorLabel::recolour()
{
    // Only WindowText is set here; every other role keeps following the parent, so the colour
    // is computed against the background the label is really drawn on.
    const bool own = testAttribute(Qt::WA_SetPalette);
    if (!m_error) {
        if (own)
            setPalette(QPalette());
        return;
    }
    const QColor wanted = errorTextColor(palette());
    if (own && palette().color(QPalette::WindowText) == wanted)
        return; // also ends the PaletteChange that setPalette below sends
    QPalette tinted;
    tinted.setColor(QPalette::WindowText, wanted);
    setPalette(tinted);
}

} // namespace hangar::app
