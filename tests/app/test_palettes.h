#pragma once

// Light and dark palettes like the ones desktops hand to Qt, and a guard that sets one on the
// whole application for a test (a theme switch at runtime) and puts the old one back.

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace hangar::app::test {

/// The style's own light palette.
inline QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

/// A complete dark palette (Breeze Dark's colours), built the way platform themes build one.
inline QPalette darkPalette()
{
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor window(0x2a, 0x2e, 0x32);
    QPalette dark(text, window, window.lighter(150), window.darker(150), QColor(0x50, 0x56, 0x5c), text,
                  Qt::white, QColor(0x1b, 0x1e, 0x20), window);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, text);
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    const QColor disabled(0x72, 0x76, 0x7a);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

/// A dark palette that only sets the main roles, as a hand-made palette does: PlaceholderText is
/// left at its light default.
inline QPalette partialDarkPalette()
{
    QPalette dark = lightPalette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    return dark;
}

class ScopedApplicationPalette
{
public:
    explicit ScopedApplicationPalette(const QPalette& palette) : m_saved(QApplication::palette())
    {
        QApplication::setPalette(palette);
    }
    ~ScopedApplicationPalette() { QApplication::setPalette(m_saved); }
    ScopedApplicationPalette(const ScopedApplicationPalette&) = delete;
    ScopedApplicationPalette& operator=(const ScopedApplicationPalette&) = delete;

private:
    QPalette m_saved;
};

} // namespace hangar::app::test
