#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace hangar::app {

/// Reorders `slots` (distinct, not negative) by the byte-string key of each slot (std::string_view::compare order;
/// descending: the reverse), keeping the current order of slots whose keys are equal: the
/// result of std::stable_sort with a key comparison. It reads each key once, in slot order,
/// radix-sorts 7-byte windows of the keys and looks further into a key only while it ties.
void stableSortByKey(std::vector<int>& slots, const std::function<std::string_view(int)>& keyOf,
                     bool descending);

} // namespace hangar::app
