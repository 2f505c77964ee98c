#pragma once

#include "common/error.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::store {

/// Longest tag, in bytes.
inline constexpr std::size_t kMaxTagLength = 64;
/// Most tags one device may carry.
inline constexpr std::size_t kMaxTagsPerDevice = 64;

/// Accepts 1..kMaxTagLength characters of ASCII letters, digits, '-', '_', '.' and ':';
/// InvalidArgument naming the tag and the rule otherwise.
Expected<void> validateTag(std::string_view tag);

/// Validates every tag and returns them sorted (byte order) without duplicates.
Expected<std::vector<std::string>> normalizeTags(std::vector<std::string> tags);

/// The devices.tags column text of sorted, unique tags: each tag preceded by kTagSeparator,
/// empty for none. The leading separator lets the search text append lower(tags) as is.
std::string tagsColumnText(const std::vector<std::string>& tags);

/// The tags of a devices.tags column text (the inverse of tagsColumnText).
std::vector<std::string> tagsFromColumnText(std::string_view text);

/// Precedes each tag in the tags column and in the search text. Tags cannot contain it, and
/// neither can a text filter, so a filter never matches across two tags.
inline constexpr char kTagSeparator = '\x1e';

} // namespace hangar::store
