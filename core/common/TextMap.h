#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

// A map by UTF-8 text that is looked up by a view, without making a string of it: exports look up
// the codes of millions of rows as SQLite gives them.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

template <typename Value> using TextMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;
