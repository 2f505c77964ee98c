#include "store/device_tags.h"

#include <algorithm>

namespace hangar::store {

namespace {

bool isTagCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
           || c == '_' || c == '.' || c == ':';
}

} // namespace

Expected<void> validateTag(std::string_view tag)
{
    if (tag.empty() || tag.size() > kMaxTagLength) {
        return fail(ErrorCode::InvalidArgument,
                    "The tag \"" + std::string(tag.substr(0, 80)) + "\" has "
                        + std::to_string(tag.size()) + " characters; a tag has 1 to "
                        + std::to_string(kMaxTagLength) + ".");
    }
    if (!std::ranges::all_of(tag, isTagCharacter)) {
        return fail(ErrorCode::InvalidArgument,
                    "The tag \"" + std::string(tag)
                        + "\" has a character tags may not use: use letters, digits, '-', '_', "
                          "'.' and ':' only.");
    }
    return {};
}

Expected<std::vector<std::string>> normalizeTags(std::vector<std::string> tags)
{
    for (const std::string& tag : tags) {
        if (auto valid = validateTag(tag); !valid)
            return std::unexpected(valid.error());
    }
    std::ranges::sort(tags);
    const auto duplicates = std::ranges::unique(tags);
    tags.erase(duplicates.begin(), duplicates.end());
    return tags;
}

std::string tagsColumnText(const std::vector<std::string>& tags)
{
    std::string text;
    for (const std::string& tag : tags) {
        text += kTagSeparator;
        text += tag;
    }
    return text;
}

std::vector<std::string> tagsFromColumnText(std::string_view text)
{
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start < text.size()) {
        if (text[start] != kTagSeparator) {
            ++start; // not written by tagsColumnText; skip to the next tag
            continue;
        }
        const std::size_t end = std::min(text.find(kTagSeparator, start + 1), text.size());
        if (end > start + 1)
            tags.emplace_back(text.substr(start + 1, end - start - 1));
        start = end;
    }
    return tags;
}

} // namespace hangar::store
