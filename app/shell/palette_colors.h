#pragma once

#include <QColor>
#include <QPalette>

namespace hangar::app {

/// WCAG 2.x contrast ratio of `foreground` over `background` (1 to 21). A translucent foreground
/// is blended over the background first, as it is painted.
double contrastRatio(const QColor& foreground, const QColor& background);

/// `over` mixed into `under`: `weight` of it (0 to 1), the rest of `under`; opaque.
QColor mixedColor(const QColor& over, const QColor& under, float weight);

/// The colour of error text: a red readable (contrast ratio ≥ 4.5) on both the palette's Window
/// and Base, lighter on dark themes and darker on light ones.
QColor errorTextColor(const QPalette& palette);

/// The colour of secondary text (pending states, missing values, notes): the palette's
/// PlaceholderText, or a mix of Text and Base when a palette left PlaceholderText unreadable.
QColor secondaryTextColor(const QPalette& palette);

} // namespace hangar::app
