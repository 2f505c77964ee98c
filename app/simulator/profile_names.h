#pragma once

#include <QString>

#include <string>

namespace hangar::app {

/// The translated name of a built-in simulator profile ("mixed" included) for lists and
/// tables; an unknown name is shown as it is.
QString profileDisplayName(const std::string& profile);

} // namespace hangar::app
