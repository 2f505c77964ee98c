#pragma once

#include <QIcon>
#include <QString>

namespace hangar::app {

/// The app's SVG icon ":/icons/<name>.svg" with its line colour taken from the application
/// palette each time it is drawn: a strong tone of the window text normally, the highlighted
/// text on a selection, the disabled text when disabled. Rendered from the SVG at the size and
/// device pixel ratio asked for, so it stays sharp on HiDPI screens and follows a light/dark
/// switch at runtime. Icons without the set's line colour (the logo) are drawn as they are.
QIcon themedIcon(const QString& name);

} // namespace hangar::app
